pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// One tab of the console's navigation: its name, and a count when something waits there. The
// chosen tab has a bar under it and bold text, not only a tint.
Button {
    id: control

    property bool selected: false
    // Shown in a pill after the name when above zero.
    property int count: 0

    implicitHeight: Theme.controlHeight
    implicitWidth: control.implicitContentWidth + leftPadding + rightPadding
    // room for five tabs, counts and the chime's switch beside them on a 1280-pixel screen
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeSmall
    font.bold: control.selected

    Accessible.role: Accessible.Button
    //: A navigation entry with the number of items waiting, e.g. "Review queue, 3 waiting"
    Accessible.name: control.count > 0 ? qsTr("%1, %2 waiting").arg(control.text).arg(control.count) : control.text
    Accessible.checkable: true
    Accessible.checked: control.selected

    contentItem: Row {
        spacing: Theme.spacingXS
        Text {
            textFormat: Text.PlainText
            anchors.verticalCenter: parent.verticalCenter
            text: control.text
            font: control.font
            color: control.selected ? Theme.heading : Theme.text
        }
        Rectangle {
            visible: control.count > 0
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(height, children[0].implicitWidth + Theme.spacingS)
            height: children[0].implicitHeight + Theme.spacingXXS
            radius: height / 2
            color: Theme.reviewSurface
            border.color: Theme.reviewText
            border.width: Theme.borderWidth
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: control.count
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
                font.bold: true
                color: Theme.reviewText
            }
        }
    }

    background: Rectangle {
        radius: Theme.radiusS
        color: control.selected ? Theme.surfaceTinted : (control.down ? Theme.background : "transparent")
        border.color: Theme.focusRing
        border.width: control.visualFocus ? Theme.focusRingWidth : 0
        Rectangle {
            visible: control.selected
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.spacingXXS
            color: Theme.primary
        }
    }
}
