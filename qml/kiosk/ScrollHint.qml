pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// The kiosk's scroll indicator: always shown while there is more to see, a hint that the page or
// dialog scrolls (a touch screen shows no scroll bar otherwise).
ScrollIndicator {
    id: root

    contentItem: Rectangle {
        implicitWidth: Theme.scrollBarWidth
        implicitHeight: Theme.touchTargetMin
        radius: width / 2
        color: Theme.borderStrong
        opacity: root.size < 1 ? 1 : 0
    }
}
