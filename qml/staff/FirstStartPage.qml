pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// The console's store has no staff yet: the first administrator chooses a name and a PIN. They
// then add everyone else on the Staff users screen.
CenteredCard {
    id: root

    cardWidth: Theme.dialogWidthWide

    function create() {
        StaffSession.createFirstAdmin(name.text, pin.text, repeated.text);
        pin.text = "";
        repeated.text = "";
    }

    PageTitle {
        width: parent.width
        text: qsTr("Welcome to the staff console")
    }
    BodyText {
        width: parent.width
        text: qsTr("Set up the first administrator. Each person at the front desk signs in with their own name and PIN, so that every decision shows who made it.")
    }
    FieldLabel {
        width: parent.width
        text: qsTr("Your name")
    }
    FormTextField {
        id: name
        width: parent.width
        Accessible.name: qsTr("Your name")
        onAccepted: pin.forceActiveFocus()
    }
    // The PIN and its repetition side by side (as on the Staff users screen), so that the whole
    // form fits a 1280x800 screen; the fields stay level when a label wraps.
    GridLayout {
        id: pins
        width: parent.width
        columns: 2
        columnSpacing: Theme.spacingS
        rowSpacing: Theme.spacingS

        FieldLabel {
            Layout.preferredWidth: (pins.width - pins.columnSpacing) / 2
            Layout.alignment: Qt.AlignTop
            //: A PIN of 4 to 12 digits
            text: qsTr("Choose a PIN (4 to 12 digits)")
        }
        FieldLabel {
            Layout.preferredWidth: (pins.width - pins.columnSpacing) / 2
            Layout.alignment: Qt.AlignTop
            text: qsTr("The same PIN again")
        }
        FormTextField {
            id: pin
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
            Accessible.name: qsTr("Choose a PIN (4 to 12 digits)")
            onAccepted: repeated.forceActiveFocus()
        }
        FormTextField {
            id: repeated
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
            Accessible.name: qsTr("The same PIN again")
            onAccepted: root.create()
        }
    }
    FieldMessage {
        width: parent.width
        text: StaffSession.lastError
    }
    PrimaryButton {
        width: parent.width
        text: qsTr("Create administrator")
        onClicked: root.create()
    }
}
