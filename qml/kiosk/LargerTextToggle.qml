pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// The "Larger text" switch in the header: a pill with a small and a large "A", and the words
// when there is room. On, every text of the kiosk grows by Theme.largeTextScale; the window
// turns it off again for the next client.
Button {
    id: control

    // Only the two letters, for a narrow header (portrait).
    property bool compact: false

    checkable: true
    checked: Theme.largeText
    onToggled: Theme.largeText = control.checked

    implicitWidth: Math.max(control.compact ? Theme.controlHeight : Theme.controlMinWidth,
                            control.implicitContentWidth + control.leftPadding + control.rightPadding)
    implicitHeight: Theme.controlHeight
    leftPadding: control.compact ? Theme.spacingXS : Theme.spacingM
    rightPadding: control.compact ? Theme.spacingXS : Theme.spacingM

    //: The switch in the header that makes every text on the screen bigger.
    text: qsTr("Larger text")
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeSmall
    font.bold: control.checked

    Accessible.role: Accessible.CheckBox
    Accessible.name: control.text
    Accessible.checkable: true
    Accessible.checked: control.checked

    contentItem: Row {
        spacing: Theme.spacingXS
        leftPadding: control.compact ? (control.availableWidth - (control.height - control.topPadding - control.bottomPadding)) / 2 : 0

        TextSizeIcon {
            anchors.verticalCenter: parent.verticalCenter
            color: control.checked ? Theme.textOnPrimary : Theme.primary
        }

        Text {
            textFormat: Text.PlainText
            anchors.verticalCenter: parent.verticalCenter
            visible: !control.compact
            text: control.text
            font: control.font
            color: control.checked ? Theme.textOnPrimary : Theme.primary
            Accessible.ignored: true
        }
    }

    background: Rectangle {
        radius: height / 2
        color: control.checked ? (control.down ? Theme.primaryPressed : Theme.primary)
                               : (control.down ? Theme.surfaceTinted : Theme.surface)
        border.color: control.visualFocus ? Theme.focusRing : (control.checked ? Theme.primary : Theme.borderStrong)
        border.width: control.visualFocus ? Theme.focusRingWidth : Theme.controlBorderWidth

        Behavior on color {
            ColorAnimation { duration: Theme.durationShort }
        }
    }
}
