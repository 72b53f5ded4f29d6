pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic

// A white card with a quiet outline, the page's unit of grouping (a question, a form, the
// consent text). Its one child is its content: give it `width: parent.width` (a Column).
Pane {
    id: root

    // The message of what the card holds is shown: the outline turns to the attention colour
    // (the message itself says why).
    property bool attention: false

    padding: Theme.spacingL

    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: root.attention ? Theme.attention : Theme.border
        border.width: root.attention ? Theme.controlBorderWidth : Theme.borderWidth

        Behavior on border.color {
            ColorAnimation { duration: Theme.durationShort }
        }
    }
}
