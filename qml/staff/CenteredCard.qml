pragma ComponentBehavior: Bound

import QtQuick
import Intake.Common

// The card in the middle of the lock, first-start and sign-in screens, on the page's waves.
Item {
    id: root

    default property alias content: column.data
    property int cardWidth: Theme.dialogWidth

    WaveBackdrop {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
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
