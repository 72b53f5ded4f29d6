pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Staff

// The console's store has no staff yet: the first administrator chooses a name and a PIN. They
// then add everyone else on the Staff users screen.
CenteredCard {
    id: root

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
    FieldLabel {
        width: parent.width
        //: A PIN of 4 to 12 digits
        text: qsTr("Choose a PIN (4 to 12 digits)")
    }
    FormTextField {
        id: pin
        width: parent.width
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
        Accessible.name: qsTr("Choose a PIN (4 to 12 digits)")
        onAccepted: repeated.forceActiveFocus()
    }
    FieldLabel {
        width: parent.width
        text: qsTr("The same PIN again")
    }
    FormTextField {
        id: repeated
        width: parent.width
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
        Accessible.name: qsTr("The same PIN again")
        onAccepted: root.create()
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
