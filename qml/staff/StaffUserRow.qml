pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// A staff member: name, role, whether they may sign in, and Disable.
Rectangle {
    id: root

    required property var user

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radiusM
    color: root.user.active ? Theme.surface : Theme.background
    border.color: Theme.border
    border.width: Theme.borderWidth

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingS

        Column {
            Layout.fillWidth: true
            spacing: 2
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: root.user.name
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeBody
                font.bold: root.user.active
                color: root.user.active ? Theme.text : Theme.textMuted
                elide: Text.ElideRight
            }
            BodyText {
                width: parent.width
                text: (root.user.isAdmin ? qsTr("Administrator") : qsTr("Staff"))
                      + " · " + (root.user.active ? qsTr("can sign in") : qsTr("disabled"))
            }
        }
        SecondaryButton {
            visible: root.user.active && root.user.id !== undefined && root.user.name !== StaffSession.userName
            implicitHeight: Theme.consoleControlHeight
            //: Stops a staff member from signing in
            text: qsTr("Disable")
            Accessible.name: qsTr("Disable %1").arg(root.user.name)
            onClicked: StaffAdmin.disable(root.user.id)
        }
    }
}
