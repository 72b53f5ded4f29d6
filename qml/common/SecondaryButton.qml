pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic

// A second, quieter action next to the main one ("Back", "Change", "Clear", "Cancel"): an
// outlined pill at least Theme.controlHeight tall. Pages set text and Accessible.name.
Button {
    id: control

    implicitWidth: Math.max(Theme.controlMinWidth,
                            control.implicitContentWidth + control.leftPadding + control.rightPadding)
    implicitHeight: Math.max(Theme.controlHeight,
                             control.implicitContentHeight + control.topPadding + control.bottomPadding)
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    topPadding: Theme.spacingXS
    bottomPadding: Theme.spacingXS

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody
    font.bold: true

    Accessible.role: Accessible.Button
    Accessible.name: control.text

    contentItem: Text {
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        color: control.enabled ? Theme.primary : Theme.disabledText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }

    background: Rectangle {
        radius: height / 2
        color: control.down ? Theme.surfaceTinted : Theme.surface
        border.color: control.visualFocus ? Theme.focusRing : (control.enabled ? Theme.borderStrong : Theme.border)
        border.width: control.visualFocus ? Theme.focusRingWidth : Theme.controlBorderWidth

        Behavior on color {
            ColorAnimation { duration: Theme.durationShort }
        }
    }
}
