pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic

// One answer among several ("Yes", "No", an option of a choice question): a big button that
// shows whether it is the chosen answer by a tick in its circle and bold text, not by colour
// alone. It does not toggle itself: the page sets `selected` from the answer the view-model holds.
Button {
    id: control

    property bool selected: false

    implicitWidth: Math.max(Theme.choiceMinWidth,
                            control.implicitContentWidth + control.leftPadding + control.rightPadding)
    implicitHeight: Math.max(Theme.choiceHeight,
                             control.implicitContentHeight + control.topPadding + control.bottomPadding)
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeButton
    font.bold: control.selected

    Accessible.role: Accessible.RadioButton
    Accessible.name: control.text
    Accessible.checkable: true
    Accessible.checked: control.selected

    // The text, with the radio circle in its left padding: plain items, not a layout (the text
    // wraps, and Qt 6.4's layouts keep stale heights for text whose height depends on its width).
    contentItem: Text {
        textFormat: Text.PlainText
        leftPadding: Theme.checkBoxSize + Theme.spacingS
        text: control.text
        font: control.font
        color: control.selected ? Theme.textOnPrimary : (control.enabled ? Theme.text : Theme.disabledText)
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter

        // The radio circle: empty, or filled with a tick when chosen.
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.checkBoxSize
            height: Theme.checkBoxSize
            radius: width / 2
            color: control.selected ? Theme.textOnPrimary : "transparent"
            border.color: control.selected ? Theme.textOnPrimary : Theme.borderStrong
            border.width: Theme.controlBorderWidth

            CheckMark {
                anchors.centerIn: parent
                visible: control.selected
                color: Theme.primary
            }
        }
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: control.selected ? (control.down ? Theme.primaryPressed : Theme.primary)
                                : (control.down ? Theme.surfaceTinted : Theme.surface)
        border.color: control.visualFocus ? Theme.focusRing : (control.selected ? Theme.primary : Theme.borderStrong)
        border.width: control.visualFocus ? Theme.focusRingWidth : Theme.controlBorderWidth

        Behavior on color {
            ColorAnimation { duration: Theme.durationShort }
        }
    }
}
