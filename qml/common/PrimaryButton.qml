pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic

// The one main action of a screen ("Start", later "Next", "Sign"): a large pill in the primary
// colour. Pages set text and Accessible.name and handle clicked().
Button {
    id: control

    // The action cannot go ahead yet but still answers a tap (Next shows what is missing): a
    // quiet tinted pill instead of the solid one, with the same text contrast.
    property bool muted: false

    implicitWidth: Math.max(Theme.buttonMinWidthLarge,
                            control.implicitContentWidth + control.leftPadding + control.rightPadding)
    implicitHeight: Math.max(Theme.buttonHeightLarge,
                             control.implicitContentHeight + control.topPadding + control.bottomPadding)
    leftPadding: Theme.spacingXL
    rightPadding: Theme.spacingXL
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeButton
    font.bold: true

    Accessible.role: Accessible.Button
    Accessible.name: control.text

    contentItem: Text {
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.disabledText : (control.muted ? Theme.primary : Theme.textOnPrimary)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }

    background: Rectangle {
        radius: height / 2
        color: !control.enabled || control.muted ? (control.down ? Theme.border : Theme.surfaceTinted)
                                                 : (control.down ? Theme.primaryPressed : Theme.primary)
        border.color: Theme.focusRing
        border.width: control.visualFocus ? Theme.focusRingWidth : 0

        Behavior on color {
            ColorAnimation { duration: Theme.durationShort }
        }
    }
}
