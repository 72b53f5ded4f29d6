pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common

// One of the four decisions: a radio-like row with a round mark that fills when chosen. Its
// words wrap when the row is narrow (a small window, a longer language).
Button {
    id: control

    property bool selected: false

    implicitHeight: Math.max(Theme.consoleControlHeight, control.implicitContentHeight + control.topPadding + control.bottomPadding)
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    topPadding: Theme.spacingXS
    bottomPadding: Theme.spacingXS
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeSmall
    font.bold: control.selected

    Accessible.role: Accessible.RadioButton
    Accessible.name: control.text
    Accessible.checkable: true
    Accessible.checked: control.selected

    contentItem: RowLayout {
        spacing: Theme.spacingS
        Rectangle {
            Layout.preferredWidth: Theme.outcomeIconSize
            Layout.preferredHeight: Theme.outcomeIconSize
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
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: control.text
            font: control.font
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }

    background: Rectangle {
        radius: Theme.radiusS
        color: control.selected ? Theme.surfaceTinted : (control.down ? Theme.background : Theme.surface)
        border.color: control.visualFocus ? Theme.focusRing : (control.selected ? Theme.primary : Theme.border)
        border.width: control.visualFocus ? Theme.focusRingWidth : Theme.borderWidth
    }
}
