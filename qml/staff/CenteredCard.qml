pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// The card in the middle of the lock, first-start and sign-in screens, on the page's waves. It
// scrolls when it is taller than the window (the first start on a 1280x800 screen).
Item {
    id: root

    default property alias content: column.data
    property int cardWidth: Theme.dialogWidth

    WaveBackdrop {
        anchors.fill: parent
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.height + 2 * Theme.spacingM)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // shown while there is more to scroll to
        ScrollBar.vertical: ScrollBar {
            visible: flick.contentHeight > flick.height
            policy: ScrollBar.AlwaysOn
        }

        Rectangle {
            id: card
            x: (flick.width - width) / 2
            y: (flick.contentHeight - height) / 2
            width: Math.min(root.cardWidth, root.width - 2 * Theme.spacingL)
            height: column.implicitHeight + 2 * Theme.spacingL
            radius: Theme.radiusL
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            Column {
                id: column
                x: Theme.spacingL
                y: Theme.spacingL
                width: parent.width - 2 * Theme.spacingL
                spacing: Theme.spacingS
            }
        }
    }
}
