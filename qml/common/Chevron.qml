pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes

// A chevron pointing up or down, drawn as line art. Decoration: the button that shows it
// carries the meaning in its accessible name.
Item {
    id: root

    property bool pointsUp: true
    property color color: Theme.primary
    property real lineWidth: Theme.strokeWidth

    // How flat the chevron is: the height of its point as a fraction of the item's height.
    readonly property real rise: 0.4
    // Space left and right of the chevron, as a fraction of the item's width.
    readonly property real inset: 0.15
    readonly property real high: root.height * (1 - root.rise) / 2
    readonly property real low: root.height * (1 + root.rise) / 2

    implicitWidth: Theme.iconSize
    implicitHeight: Theme.iconSize

    Accessible.ignored: true

    Shape {
        anchors.fill: parent
        // Smooth edges on every backend, including the software renderer used for screenshots.
        layer.enabled: true
        layer.samples: 4

        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            startX: root.width * root.inset
            startY: root.pointsUp ? root.low : root.high
            PathLine { x: root.width / 2; y: root.pointsUp ? root.high : root.low }
            PathLine { x: root.width * (1 - root.inset); y: root.pointsUp ? root.low : root.high }
        }
    }
}
