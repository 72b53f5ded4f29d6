pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes

// The clinic's mark: two calm waves in a circle ("Blue Haven"). Pure decoration; screen readers
// skip it, the clinic name next to it carries the meaning.
Item {
    id: root

    property color color: Theme.primary
    property color lineColor: Theme.textOnPrimary

    // The waves' geometry as fractions of the mark's size.
    readonly property real waveInset: 0.24
    readonly property real waveAmplitude: 0.07
    readonly property real firstWaveY: 0.42
    readonly property real secondWaveY: 0.60
    readonly property real waveSpread: 0.08   // horizontal offset of the curve's control points from the centre

    implicitWidth: Theme.brandMarkSize
    implicitHeight: Theme.brandMarkSize

    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: root.color
    }

    Shape {
        anchors.fill: parent
        // Smooth edges on every backend, including the software renderer used for screenshots.
        layer.enabled: true
        layer.samples: 4

        ShapePath {
            strokeColor: root.lineColor
            strokeWidth: Theme.strokeWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            startX: root.width * root.waveInset
            startY: root.height * root.firstWaveY
            PathCubic {
                x: root.width * (1 - root.waveInset)
                y: root.height * root.firstWaveY
                control1X: root.width * (0.5 - root.waveSpread)
                control1Y: root.height * (root.firstWaveY - 2 * root.waveAmplitude)
                control2X: root.width * (0.5 + root.waveSpread)
                control2Y: root.height * (root.firstWaveY + 2 * root.waveAmplitude)
            }
        }

        ShapePath {
            strokeColor: root.lineColor
            strokeWidth: Theme.strokeWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            startX: root.width * root.waveInset
            startY: root.height * root.secondWaveY
            PathCubic {
                x: root.width * (1 - root.waveInset)
                y: root.height * root.secondWaveY
                control1X: root.width * (0.5 - root.waveSpread)
                control1Y: root.height * (root.secondWaveY - 2 * root.waveAmplitude)
                control2X: root.width * (0.5 + root.waveSpread)
                control2Y: root.height * (root.secondWaveY + 2 * root.waveAmplitude)
            }
        }
    }
}
