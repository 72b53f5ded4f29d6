pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// Nobody has used the console for a while: it will sign out soon, so that clients' answers do
// not stay on an unattended screen. "I'm still here" keeps the session.
ModalDialog {
    id: root

    width: Math.min(Theme.dialogWidthWide, (parent ? parent.width : Theme.dialogWidthWide) - 2 * Theme.spacingM)

    Column {
        width: parent.width
        spacing: Theme.spacingM

        PageTitle {
            width: parent.width
            text: qsTr("Are you still there?")
        }
        BodyText {
            width: parent.width
            strong: true
            text: qsTr("Nobody has used the console for a while. For privacy, it signs you out when the countdown ends.")
        }
        Text {
            textFormat: Text.PlainText
            anchors.horizontalCenter: parent.horizontalCenter
            text: StaffSession.idleSecondsLeft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeCountdown
            font.bold: true
            color: Theme.heading
            Accessible.role: Accessible.StaticText
            //: Read aloud in the idle warning, e.g. "25 seconds left"
            Accessible.name: qsTr("%1 seconds left").arg(StaffSession.idleSecondsLeft)
        }
        RowLayout {
            width: parent.width
            spacing: Theme.spacingS
            SecondaryButton {
                text: qsTr("Sign out now")
                onClicked: StaffSession.signOut()
            }
            Item {
                Layout.fillWidth: true
            }
            PrimaryButton {
                implicitHeight: Theme.controlHeight
                text: qsTr("I'm still here")
                onClicked: StaffSession.stayActive()
            }
        }
    }
}
