pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
// Overlay (the window's layer for popups) is declared by the templates, not re-exported by Basic.
import QtQuick.Templates as T

// A dialog over the whole window: a white card in the middle on a dimmed screen. Its children
// are its content. Closes only when its owner says so (no tap outside, no Escape), since on a
// kiosk a stray tap must not dismiss a warning or a staff screen.
Popup {
    id: root

    parent: T.Overlay.overlay
    anchors.centerIn: T.Overlay.overlay
    width: Math.min(Theme.dialogWidth, (root.parent ? root.parent.width : Theme.dialogWidth) - 2 * Theme.spacingM)
    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    padding: Theme.spacingL

    T.Overlay.modal: Rectangle {
        color: Theme.scrim
    }

    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }

    enter: Transition {
        NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.durationMedium }
    }
    exit: Transition {
        NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.durationShort }
    }
}
