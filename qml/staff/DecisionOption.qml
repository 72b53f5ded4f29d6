pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// One of the four decisions: a radio-like row with a round mark that fills when chosen.
Button {
    id: control

    property bool selected: false

    implicitHeight: Theme.consoleControlHeight
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeSmall
    font.bold: control.selected

    Accessible.role: Accessible.RadioButton
    Accessible.name: control.text
    Accessible.checkable: true
    Accessible.checked: control.selected

    contentItem: Row {
        spacing: Theme.spacingS
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.outcomeIconSize
            height: Theme.outcomeIconSize
            radius: width / 2
            color: Theme.surface
            border.color: control.selected ? Theme.primary : Theme.borderStrong
            border.width: Theme.controlBorderWidth
            Rectangle {
                anchors.centerIn: parent
                visible: control.selected
                width: parent.width / 2
                height: width
                radius: width / 2
                color: Theme.primary
            }
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: control.text
            font: control.font
            color: Theme.text
        }
    }

    background: Rectangle {
        radius: Theme.radiusS
        color: control.selected ? Theme.surfaceTinted : (control.down ? Theme.background : Theme.surface)
        border.color: control.visualFocus ? Theme.focusRing : (control.selected ? Theme.primary : Theme.border)
        border.width: control.visualFocus ? Theme.focusRingWidth : Theme.borderWidth
    }
}
