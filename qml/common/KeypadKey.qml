pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic

// A key of an on-screen number pad: a large round button with a digit or a short word.
Button {
    id: control

    implicitWidth: Theme.keypadKeySize
    implicitHeight: Theme.keypadKeySize

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeLead
    font.bold: true

    Accessible.role: Accessible.Button
    Accessible.name: control.text

    contentItem: Text {
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.fontSizeSmall
        color: control.enabled ? Theme.primary : Theme.disabledText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
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
