pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes

// The symbol of a screening outcome or a review state, drawn as line art so that each reads
// differently without colour: "contraindicated" a no-entry sign, "review" a warning triangle,
// "defer" a clock, "precaution" a diamond with an exclamation mark, "clear" a tick, "reviewed"
// a tick in a circle. Decoration: the badge next to it carries the words.
Item {
    id: root

    // One of the names above.
    property string kind: "clear"
    property color color: Theme.text
    property real lineWidth: Math.max(2, root.width / 12)

    implicitWidth: Theme.outcomeIconSize
    implicitHeight: Theme.outcomeIconSize

    Accessible.ignored: true

    Shape {
        anchors.fill: parent
        // Smooth edges on every backend, including the software renderer used for screenshots.
        layer.enabled: true
        layer.samples: 4

        // the outline: a circle (no-entry, clock, reviewed)
        ShapePath {
            strokeColor: root.kind === "contraindicated" || root.kind === "defer" || root.kind === "reviewed"
                         ? root.color : "transparent"
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            startX: root.width / 2
            startY: root.lineWidth / 2
            PathArc {
                x: root.width / 2
                y: root.height - root.lineWidth / 2
                radiusX: root.width / 2 - root.lineWidth / 2
                radiusY: root.height / 2 - root.lineWidth / 2
            }
            PathArc {
                x: root.width / 2
                y: root.lineWidth / 2
                radiusX: root.width / 2 - root.lineWidth / 2
                radiusY: root.height / 2 - root.lineWidth / 2
            }
        }

        // the no-entry bar
        ShapePath {
            strokeColor: root.kind === "contraindicated" ? root.color : "transparent"
            strokeWidth: root.lineWidth
            capStyle: ShapePath.RoundCap
            startX: root.width * 0.22
            startY: root.height * 0.22
            PathLine { x: root.width * 0.78; y: root.height * 0.78 }
        }

        // the clock's hands
        ShapePath {
            strokeColor: root.kind === "defer" ? root.color : "transparent"
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            startX: root.width * 0.5
            startY: root.height * 0.24
            PathLine { x: root.width * 0.5; y: root.height * 0.52 }
            PathLine { x: root.width * 0.7; y: root.height * 0.64 }
        }

        // the triangle (review) or the diamond (precaution)
        ShapePath {
            strokeColor: root.kind === "review" ? root.color : "transparent"
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            startX: root.width * 0.5
            startY: root.height * 0.06
            PathLine { x: root.width * 0.96; y: root.height * 0.9 }
            PathLine { x: root.width * 0.04; y: root.height * 0.9 }
            PathLine { x: root.width * 0.5; y: root.height * 0.06 }
        }
        ShapePath {
            strokeColor: root.kind === "precaution" ? root.color : "transparent"
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            startX: root.width * 0.5
            startY: root.height * 0.04
            PathLine { x: root.width * 0.96; y: root.height * 0.5 }
            PathLine { x: root.width * 0.5; y: root.height * 0.96 }
            PathLine { x: root.width * 0.04; y: root.height * 0.5 }
            PathLine { x: root.width * 0.5; y: root.height * 0.04 }
        }

        // the exclamation mark's stroke (review, precaution)
        ShapePath {
            strokeColor: root.kind === "review" || root.kind === "precaution" ? root.color : "transparent"
            strokeWidth: root.lineWidth
            capStyle: ShapePath.RoundCap
            startX: root.width * 0.5
            startY: root.height * (root.kind === "review" ? 0.38 : 0.3)
            PathLine { x: root.width * 0.5; y: root.height * (root.kind === "review" ? 0.6 : 0.55) }
        }
        // and its dot
        ShapePath {
            strokeColor: root.kind === "review" || root.kind === "precaution" ? root.color : "transparent"
            strokeWidth: root.lineWidth
            capStyle: ShapePath.RoundCap
            startX: root.width * 0.5
            startY: root.height * (root.kind === "review" ? 0.76 : 0.72)
            PathLine { x: root.width * 0.5; y: root.height * (root.kind === "review" ? 0.77 : 0.73) }
        }

        // the tick (clear, reviewed)
        ShapePath {
            strokeColor: root.kind === "clear" || root.kind === "reviewed" ? root.color : "transparent"
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            startX: root.width * (root.kind === "reviewed" ? 0.28 : 0.14)
            startY: root.height * 0.52
            PathLine { x: root.width * (root.kind === "reviewed" ? 0.45 : 0.4); y: root.height * (root.kind === "reviewed" ? 0.68 : 0.78) }
            PathLine { x: root.width * (root.kind === "reviewed" ? 0.74 : 0.88); y: root.height * (root.kind === "reviewed" ? 0.34 : 0.22) }
        }
    }
}
