pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Shapes
import Intake.Common
import Intake.Kiosk

// "Are you still there?": shown by the window while the IdleMonitor warns, with the seconds
// left in a ring that empties. Continue (or any touch) keeps the intake; at zero the session
// is wiped and the kiosk returns to Welcome, so a client who walked away leaves nothing behind.
ModalDialog {
    id: root

    readonly property real remaining: IdleMonitor.countdownSeconds > 0
                                      ? IdleMonitor.secondsLeft / IdleMonitor.countdownSeconds : 0

    objectName: "idleWarningDialog"
    z: 10

    Column {
        id: content

        width: parent.width
        spacing: Theme.spacingM

        Label {
            textFormat: Text.PlainText
            width: content.width
            //: Heading of the dialog shown after a minute without a touch.
            text: qsTr("Are you still there?")
            color: Theme.heading
            font.family: Theme.headingFontFamily
            font.pixelSize: Theme.fontSizeTitle
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Item {
            id: ring

            objectName: "countdownRing"
            // Wide enough for the number and its word inside the ring at any text size (larger
            // text, a longer word in Spanish): the text's diagonal fits within the stroke.
            readonly property real size: Math.max(Theme.countdownRingSize,
                                                  Math.ceil(Math.hypot(counter.implicitWidth, counter.implicitHeight))
                                                  + 2 * (Theme.countdownRingWidth + Theme.spacingXS))

            anchors.horizontalCenter: parent.horizontalCenter
            implicitWidth: ring.size
            implicitHeight: ring.size

            Accessible.role: Accessible.StaticText
            // English has no translation file for plurals: one string for one, one for the rest.
            Accessible.name: IdleMonitor.secondsLeft === 1
                             //: Accessible text of the idle countdown.
                             ? qsTr("1 second left")
                             //: Accessible text of the idle countdown; %1 is 0, 2 or more.
                             : qsTr("%1 seconds left").arg(IdleMonitor.secondsLeft)

            Shape {
                anchors.fill: parent
                // Smooth edges on every backend, including the software renderer used for screenshots.
                layer.enabled: true
                layer.samples: 4

                ShapePath {
                    strokeColor: Theme.surfaceTinted
                    strokeWidth: Theme.countdownRingWidth
                    fillColor: "transparent"
                    PathAngleArc {
                        centerX: ring.size / 2
                        centerY: ring.size / 2
                        radiusX: (ring.size - Theme.countdownRingWidth) / 2
                        radiusY: (ring.size - Theme.countdownRingWidth) / 2
                        startAngle: 0
                        sweepAngle: 360
                    }
                }

                ShapePath {
                    strokeColor: Theme.primary
                    strokeWidth: Theme.countdownRingWidth
                    fillColor: "transparent"
                    capStyle: ShapePath.RoundCap
                    PathAngleArc {
                        centerX: ring.size / 2
                        centerY: ring.size / 2
                        radiusX: (ring.size - Theme.countdownRingWidth) / 2
                        radiusY: (ring.size - Theme.countdownRingWidth) / 2
                        startAngle: -90
                        sweepAngle: 360 * root.remaining
                    }
                }
            }

            Column {
                id: counter

                anchors.centerIn: parent

                Label {
                    textFormat: Text.PlainText
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: IdleMonitor.secondsLeft
                    color: Theme.heading
                    font.family: Theme.headingFontFamily
                    font.pixelSize: Theme.fontSizeCountdown
                    Accessible.ignored: true
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "countdownUnit"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: IdleMonitor.secondsLeft === 1
                          //: Under the big number 1 of the idle countdown.
                          ? qsTr("second")
                          //: Under the big number of the idle countdown (0, 2 or more).
                          : qsTr("seconds")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSizeSmall
                    Accessible.ignored: true
                }
            }
        }

        Label {
            textFormat: Text.PlainText
            width: content.width
            //: In the idle dialog: what happens when the countdown ends.
            text: qsTr("For your privacy, your answers will be cleared and the form will start over.")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeBody
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }

        PrimaryButton {
            objectName: "continueButton"
            anchors.horizontalCenter: parent.horizontalCenter
            //: The button in the idle dialog that keeps the intake going.
            text: qsTr("Continue")
            onClicked: IdleMonitor.reset()
        }
    }
}
