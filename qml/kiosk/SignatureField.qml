pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Kiosk

// Where the client signs the consent: a white card with a signature line to draw on with a
// finger, Clear, and a short message when what was drawn is too slight to be a signature. The
// strokes and the verdict come from the C++ SignaturePad; the consent page hands strokesJson to
// its view-model.
ColumnLayout {
    id: root

    // What is on the pad passes as a signature (not empty, not a dot or a tick).
    property alias acceptable: pad.isAcceptable
    property alias empty: pad.isEmpty
    // The strokes in the SignedConsent form, [[[x, y, ms], ...], ...].
    property alias strokesJson: pad.strokesJson

    // A stroke was finished or the signature cleared.
    signal changed()

    // The card's height as a proportion of its width: the shape of the signature box of a form.
    readonly property real cardAspect: 0.3
    // Where the signature line sits, as a proportion of the card's height from its top: low,
    // leaving room below it for the loops of letters that descend.
    readonly property real baselinePosition: 0.7

    function clear() {
        pad.clear();
    }

    spacing: Theme.spacingS

    Rectangle {
        id: card

        Layout.fillWidth: true
        Layout.preferredHeight: root.width * root.cardAspect
        // On a narrow page (or with large text) still room under the line for the hint.
        Layout.minimumHeight: (Theme.spacingXS + hint.implicitHeight + Theme.spacingS)
                              / (1 - root.baselinePosition)
        implicitWidth: Theme.cardMinWidth
        radius: Theme.radiusM
        color: Theme.surface
        // The pad is a control: its outline needs 3:1 against the page, so the strong border.
        border.color: Theme.borderStrong
        border.width: Theme.borderWidth

        // The line to sign on, with the customary cross at its start.
        Rectangle {
            id: baseline

            x: Theme.spacingL
            y: Math.round(card.height * root.baselinePosition)
            width: card.width - 2 * Theme.spacingL
            height: Theme.borderWidth
            color: Theme.borderStrong
        }

        Label {
            textFormat: Text.PlainText
            anchors.left: baseline.left
            anchors.bottom: baseline.top
            anchors.bottomMargin: Theme.spacingXXS
            text: "\u00D7"
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeLead
            Accessible.ignored: true
        }

        Label {
            id: hint

            textFormat: Text.PlainText
            objectName: "signHint"
            anchors.left: baseline.left
            anchors.right: baseline.right
            anchors.top: baseline.bottom
            anchors.topMargin: Theme.spacingXS
            visible: pad.isEmpty
            //: Hint under the signature line, hidden as soon as the client starts to sign.
            text: qsTr("Sign here with your finger")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            elide: Text.ElideRight
        }

        SignaturePad {
            id: pad

            objectName: "signaturePad"
            anchors.fill: parent
            // Inside the rounded border, so that ink never covers it.
            anchors.margins: Theme.spacingXS
            penColor: Theme.text
            penWidth: Theme.strokeWidth

            Accessible.role: Accessible.Canvas
            //: Accessible name of the area the client signs on, read by screen readers.
            Accessible.name: qsTr("Signature pad")

            onStrokesChanged: root.changed()
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Label {
            id: message

            textFormat: Text.PlainText
            objectName: "signatureMessage"
            // Only once the finger is up: the first stroke of a signature is always "too short".
            readonly property bool shown: !pad.isEmpty && !pad.drawing && !pad.isAcceptable

            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            //: Shown under the signature pad when what was drawn is too small to be a signature
            //: (a dot, a tick, an initial).
            text: qsTr("Please sign with your full signature")
            color: Theme.text
            font.pixelSize: Theme.fontSizeSmall
            wrapMode: Text.WordWrap
            // Faded, not removed, so that Clear does not jump when the message comes and goes.
            opacity: message.shown ? 1 : 0

            Accessible.role: Accessible.AlertMessage
            Accessible.name: message.text
            Accessible.ignored: !message.shown

            Behavior on opacity {
                NumberAnimation { duration: Theme.durationMedium }
            }
        }

        Button {
            id: clearButton

            objectName: "clearButton"
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            implicitWidth: Math.max(Theme.controlMinWidth,
                                    clearButton.implicitContentWidth + clearButton.leftPadding + clearButton.rightPadding)
            implicitHeight: Math.max(Theme.controlHeight,
                                     clearButton.implicitContentHeight + clearButton.topPadding + clearButton.bottomPadding)
            leftPadding: Theme.spacingM
            rightPadding: Theme.spacingM
            enabled: !pad.isEmpty
            //: Button that wipes the signature pad so the client can sign again.
            text: qsTr("Clear")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeBody
            font.bold: true

            Accessible.role: Accessible.Button
            //: Accessible name of the Clear button under the signature pad, read by screen readers.
            Accessible.name: qsTr("Clear signature")

            onClicked: pad.clear()

            contentItem: Text {
                textFormat: Text.PlainText
                text: clearButton.text
                font: clearButton.font
                // Disabled (nothing to clear) it steps back; disabled controls need no contrast.
                color: clearButton.enabled ? Theme.primary : Theme.borderStrong
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }

            background: Rectangle {
                radius: height / 2
                color: clearButton.down ? Theme.surfaceTinted : Theme.surface
                border.color: clearButton.visualFocus ? Theme.focusRing
                                                      : (clearButton.enabled ? Theme.borderStrong : Theme.border)
                border.width: clearButton.visualFocus ? Theme.focusRingWidth : Theme.controlBorderWidth

                Behavior on color {
                    ColorAnimation { duration: Theme.durationShort }
                }
            }
        }
    }
}
