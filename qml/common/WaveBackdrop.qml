pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes

// A page background: the plain background colour with two soft waves along the bottom edge, the
// clinic's "blue haven" motif. Decoration only; text on it keeps at least 5.5:1 (Theme.qml).
Item {
    id: root

    // Height of the wave band at the bottom of the page.
    property real waveHeight: Theme.waveHeight

    // The waves' shape, as fractions of waveHeight (crest and trough of each wave).
    readonly property real backWaveLeft: 0.75
    readonly property real backWaveRight: 1.0
    readonly property real frontWaveLeft: 0.45
    readonly property real frontWaveRight: 0.6
    readonly property real swell: 0.35

    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Shape {
        anchors.fill: parent
        // Smooth edges on every backend, including the software renderer used for screenshots.
        layer.enabled: true
        layer.samples: 4

        ShapePath {
            fillColor: Theme.waveBack
            strokeColor: "transparent"
            startX: 0
            startY: root.height - root.waveHeight * root.backWaveLeft
            PathCubic {
                x: root.width
                y: root.height - root.waveHeight * root.backWaveRight
                control1X: root.width / 3
                control1Y: root.height - root.waveHeight * (root.backWaveLeft + root.swell)
                control2X: root.width * 2 / 3
                control2Y: root.height - root.waveHeight * (root.backWaveRight - root.swell)
            }
            PathLine { x: root.width; y: root.height }
            PathLine { x: 0; y: root.height }
        }

        ShapePath {
            fillColor: Theme.waveFront
            strokeColor: "transparent"
            startX: 0
            startY: root.height - root.waveHeight * root.frontWaveLeft
            PathCubic {
                x: root.width
                y: root.height - root.waveHeight * root.frontWaveRight
                control1X: root.width / 3
                control1Y: root.height - root.waveHeight * (root.frontWaveLeft - root.swell)
                control2X: root.width * 2 / 3
                control2Y: root.height - root.waveHeight * (root.frontWaveRight + root.swell)
            }
            PathLine { x: root.width; y: root.height }
            PathLine { x: 0; y: root.height }
        }
    }
}
