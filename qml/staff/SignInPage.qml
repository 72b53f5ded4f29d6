pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// Sign in with your name and PIN: typed, or tapped on the number pad.
CenteredCard {
    id: root

    cardWidth: Theme.dialogWidthWide

    function signIn() {
        StaffSession.signIn(name.text, pin.text);
        pin.text = "";
    }

    PageTitle {
        width: parent.width
        text: qsTr("Sign in")
    }
    BodyText {
        width: parent.width
        text: qsTr("Use your own name and PIN: the intakes you open and the decisions you record carry your name.")
    }

    RowLayout {
        width: parent.width
        spacing: Theme.spacingL

        Column {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingS

            FieldLabel {
                width: parent.width
                text: qsTr("Name")
            }
            FormTextField {
                id: name
                width: parent.width
                focus: true
                Accessible.name: qsTr("Name")
                onAccepted: pin.forceActiveFocus()
            }
            FieldLabel {
                width: parent.width
                text: qsTr("PIN")
            }
            FormTextField {
                id: pin
                width: parent.width
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                attention: StaffSession.lastError !== ""
                Accessible.name: qsTr("PIN")
                onAccepted: root.signIn()
            }
            FieldMessage {
                width: parent.width
                text: StaffSession.lastError
            }
            // After too many failed sign-ins: how long until an attempt is checked again.
            FieldMessage {
                width: parent.width
                text: StaffSession.signInWaitSeconds === 0 ? ""
                      : StaffSession.consoleWaits
                        //: After too many failed sign-ins under any names; %1 counts down in minutes:seconds
                        ? qsTr("Too many failed sign-ins on this console. Sign-in opens again in %1.").arg(StaffSession.signInWaitClock)
                        //: After too many failed sign-ins under one name; %1 counts down in minutes:seconds
                        : qsTr("Too many failed sign-ins with that name. Try again in %1, or sign in with another name.").arg(StaffSession.signInWaitClock)
            }
            PrimaryButton {
                width: parent.width
                enabled: !StaffSession.consoleWaits
                text: qsTr("Sign in")
                onClicked: root.signIn()
            }
        }

        PinPad {
            Layout.alignment: Qt.AlignTop
            onDigit: digit => {
                if (pin.text.length < 12)
                    pin.text += digit;
            }
            onErase: pin.text = pin.text.slice(0, -1)
        }
    }
}
