pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic

// A check box with a large box and text that wraps over as many lines as it needs (consent
// acknowledgements are whole sentences). The whole row is the touch target.
CheckBox {
    id: control

    implicitWidth: control.implicitIndicatorWidth + control.spacing + control.implicitContentWidth
                   + control.leftPadding + control.rightPadding
    implicitHeight: Math.max(Theme.touchTargetMin,
                             control.implicitContentHeight + control.topPadding + control.bottomPadding,
                             control.implicitIndicatorHeight + control.topPadding + control.bottomPadding)
    padding: Theme.spacingXS
    spacing: Theme.spacingS

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody

    Accessible.role: Accessible.CheckBox
    Accessible.name: control.text
    Accessible.checkable: true
    Accessible.checked: control.checked

    indicator: Rectangle {
        x: control.leftPadding
        // Level with the first line of the text.
        y: control.topPadding + Math.max(0, (control.font.pixelSize * Theme.lineHeight - height) / 2)
        implicitWidth: Theme.checkBoxSize
        implicitHeight: Theme.checkBoxSize
        radius: Theme.radiusS / 2
        color: control.checked ? (control.down ? Theme.primaryPressed : Theme.primary)
                               : (control.down ? Theme.surfaceTinted : Theme.surface)
        border.color: control.visualFocus ? Theme.focusRing
                                          : (control.checked ? Theme.primary
                                                             : (control.enabled ? Theme.borderStrong : Theme.border))
        border.width: control.visualFocus ? Theme.focusRingWidth : Theme.controlBorderWidth

        CheckMark {
            anchors.centerIn: parent
            visible: control.checked
            color: Theme.textOnPrimary
        }

        Behavior on color {
            ColorAnimation { duration: Theme.durationShort }
        }
    }

    contentItem: Text {
        textFormat: Text.PlainText
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        font: control.font
        color: control.enabled ? Theme.text : Theme.disabledText
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
