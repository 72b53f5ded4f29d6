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

    // Each kind is drawn by a Shape of its own, made anew when the kind changes, so that a
    // stroke only ever changes from one colour to another. The strokes of the other kinds are
    // transparent, and Qt 6.4's Shape, when drawn on the GPU (a real window; the software
    // renderer of the screenshots and tests repaints everything), does not draw a stroke whose
    // colour changes from transparent to a colour: a badge whose outcome came after it was made
    // (the arrival banner, the open intake's header) showed no icon.
    Repeater {
        model: [root.kind]

        delegate: Shape {
            id: shape

            // This shape's kind, for its whole life.
            required property string modelData
            readonly property string kind: shape.modelData

            anchors.fill: parent
            // Smooth edges on every backend, including the software renderer used for screenshots.
            layer.enabled: true
            layer.samples: 4

            // the outline: a circle (no-entry, clock, reviewed)
            ShapePath {
                strokeColor: shape.kind === "contraindicated" || shape.kind === "defer" || shape.kind === "reviewed"
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
                strokeColor: shape.kind === "contraindicated" ? root.color : "transparent"
                strokeWidth: root.lineWidth
                capStyle: ShapePath.RoundCap
                startX: root.width * 0.22
                startY: root.height * 0.22
                PathLine { x: root.width * 0.78; y: root.height * 0.78 }
            }

            // the clock's hands
            ShapePath {
                strokeColor: shape.kind === "defer" ? root.color : "transparent"
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
                strokeColor: shape.kind === "review" ? root.color : "transparent"
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
                strokeColor: shape.kind === "precaution" ? root.color : "transparent"
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
                strokeColor: shape.kind === "review" || shape.kind === "precaution" ? root.color : "transparent"
                strokeWidth: root.lineWidth
                capStyle: ShapePath.RoundCap
                startX: root.width * 0.5
                startY: root.height * (shape.kind === "review" ? 0.38 : 0.3)
                PathLine { x: root.width * 0.5; y: root.height * (shape.kind === "review" ? 0.6 : 0.55) }
            }
            // and its dot
            ShapePath {
                strokeColor: shape.kind === "review" || shape.kind === "precaution" ? root.color : "transparent"
                strokeWidth: root.lineWidth
                capStyle: ShapePath.RoundCap
                startX: root.width * 0.5
                startY: root.height * (shape.kind === "review" ? 0.76 : 0.72)
                PathLine { x: root.width * 0.5; y: root.height * (shape.kind === "review" ? 0.77 : 0.73) }
            }

            // the tick (clear, reviewed)
            ShapePath {
                strokeColor: shape.kind === "clear" || shape.kind === "reviewed" ? root.color : "transparent"
                strokeWidth: root.lineWidth
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap
                joinStyle: ShapePath.RoundJoin
                startX: root.width * (shape.kind === "reviewed" ? 0.28 : 0.14)
                startY: root.height * 0.52
                PathLine { x: root.width * (shape.kind === "reviewed" ? 0.45 : 0.4); y: root.height * (shape.kind === "reviewed" ? 0.68 : 0.78) }
                PathLine { x: root.width * (shape.kind === "reviewed" ? 0.74 : 0.88); y: root.height * (shape.kind === "reviewed" ? 0.34 : 0.22) }
            }
        }
    }
}
