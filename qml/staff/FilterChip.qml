pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// One choice of a small group (the queue's filters, a day): an outlined pill, filled with a
// tick when chosen.
Button {
    id: control

    property bool selected: false

    implicitHeight: Theme.consoleControlHeight
    implicitWidth: Math.max(Theme.consoleControlHeight, control.implicitContentWidth + 2 * Theme.spacingS)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeSmall
    font.bold: control.selected

    Accessible.role: Accessible.RadioButton
    Accessible.name: control.text
    Accessible.checkable: true
    Accessible.checked: control.selected

    contentItem: Item {
        implicitWidth: children[0].implicitWidth
        implicitHeight: children[0].implicitHeight
        Row {
            anchors.centerIn: parent
            spacing: Theme.spacingXXS
            CheckMark {
                visible: control.selected
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.outcomeIconSize * 0.8
                height: Theme.outcomeIconSize * 0.8
                color: Theme.textOnPrimary
            }
            Text {
                textFormat: Text.PlainText
                anchors.verticalCenter: parent.verticalCenter
                text: control.text
                font: control.font
                color: control.selected ? Theme.textOnPrimary : (control.enabled ? Theme.primary : Theme.disabledText)
            }
        }
    }

    background: Rectangle {
        radius: height / 2
        color: control.selected ? Theme.primary : (control.down ? Theme.surfaceTinted : Theme.surface)
        border.color: control.visualFocus ? Theme.focusRing : (control.selected ? Theme.primary : Theme.borderStrong)
        border.width: control.visualFocus ? Theme.focusRingWidth : Theme.controlBorderWidth
    }
}
