pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Staff

// The console's store is closed. With a key file it opens by itself, so this screen only shows
// why it did not; with a passphrase staff type it here (or, on the very first start, choose one).
CenteredCard {
    id: root

    function unlock() {
        if (!StaffSession.storeExists)
            StaffSession.createStore(passphrase.text, repeated.text);
        else
            StaffSession.unlock(passphrase.text);
        passphrase.text = "";
        repeated.text = "";
    }

    PageTitle {
        width: parent.width
        text: StaffSession.storeExists || StaffSession.usesKeyFile ? qsTr("The staff console is locked")
                                                                   : qsTr("Set up the staff console")
    }
    BodyText {
        width: parent.width
        text: StaffSession.usesKeyFile
              ? (StaffSession.lastError !== ""
                 ? qsTr("This console opens its encrypted store with its key file. It could not do so:")
                 : qsTr("This console opens its encrypted store with its key file."))
              : (StaffSession.storeExists
                 ? qsTr("Enter the passphrase of this console's encrypted store. Clinic IT chose it when the console was set up.")
                 : qsTr("This console keeps the intakes it receives in an encrypted store. Choose a passphrase for it: at least 12 characters. Without it nobody can open the store, so keep it somewhere safe."))
    }
    FieldLabel {
        visible: !StaffSession.usesKeyFile
        width: parent.width
        text: StaffSession.storeExists ? qsTr("Passphrase") : qsTr("New passphrase")
    }
    FormTextField {
        id: passphrase
        visible: !StaffSession.usesKeyFile
        enabled: !StaffSession.busy
        width: parent.width
        echoMode: TextInput.Password
        attention: StaffSession.lastError !== ""
        Accessible.name: StaffSession.storeExists ? qsTr("Passphrase") : qsTr("New passphrase")
        onAccepted: StaffSession.storeExists ? root.unlock() : repeated.forceActiveFocus()
    }
    FieldLabel {
        visible: !StaffSession.usesKeyFile && !StaffSession.storeExists
        width: parent.width
        text: qsTr("The same passphrase again")
    }
    FormTextField {
        id: repeated
        visible: !StaffSession.usesKeyFile && !StaffSession.storeExists
        enabled: !StaffSession.busy
        width: parent.width
        echoMode: TextInput.Password
        Accessible.name: qsTr("The same passphrase again")
        onAccepted: root.unlock()
    }
    FieldMessage {
        width: parent.width
        text: StaffSession.lastError
    }
    // Making the store takes a second or two (its key is derived the slow way on purpose): the
    // button gives way to a busy indicator meanwhile.
    Row {
        visible: StaffSession.busy
        width: parent.width
        height: Theme.buttonHeightLarge
        spacing: Theme.spacingS
        BusyIndicator {
            anchors.verticalCenter: parent.verticalCenter
            implicitWidth: Theme.consoleControlHeight
            implicitHeight: Theme.consoleControlHeight
            running: StaffSession.busy
            palette.dark: Theme.primary
            Accessible.name: busyText.text
        }
        BodyText {
            id: busyText
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - Theme.consoleControlHeight - Theme.spacingS
            strong: true
            //: While the console's encrypted store is being made, after "Create the store"
            text: qsTr("Creating the encrypted store. This takes a few seconds.")
        }
    }
    PrimaryButton {
        width: parent.width
        visible: !StaffSession.busy
        text: StaffSession.usesKeyFile ? (StaffSession.lastError !== "" ? qsTr("Try again") : qsTr("Open"))
                                       : (StaffSession.storeExists ? qsTr("Unlock") : qsTr("Create the store"))
        onClicked: StaffSession.usesKeyFile ? StaffSession.unlockWithKeyFile() : root.unlock()
    }
}
