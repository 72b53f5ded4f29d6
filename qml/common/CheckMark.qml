pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes

// A tick, drawn as line art so that it looks the same with every font. Decoration: the control
// that shows it carries the meaning in its accessible state.
Item {
    id: root

    property color color: Theme.textOnPrimary
    property real lineWidth: Theme.strokeWidth

    // The tick's three points as fractions of the item's size.
    readonly property real startX: 0.18
    readonly property real startY: 0.52
    readonly property real cornerX: 0.42
    readonly property real cornerY: 0.76
    readonly property real endX: 0.84
    readonly property real endY: 0.26

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
            startX: root.width * root.startX
            startY: root.height * root.startY
            PathLine { x: root.width * root.cornerX; y: root.height * root.cornerY }
            PathLine { x: root.width * root.endX; y: root.height * root.endY }
        }
    }
}
