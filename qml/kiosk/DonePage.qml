pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Kiosk

// The end of an intake. Saved: a neutral thank-you (never the screening's outcome: staff go
// over it with the client), then back to Welcome after a short while or on "Done". Not saved:
// only "please hand the tablet to the front desk", no technical detail; staff retry or discard
// from the admin screen, and the intake stays in memory until they do.
Page {
    id: root

    readonly property bool saved: IntakeSession.saveState === IntakeSession.Saved
    readonly property bool portrait: root.height > root.width
    // How long the thank-you stays before the kiosk is ready for the next client.
    readonly property int returnAfterSeconds: 15
    property int secondsLeft: root.returnAfterSeconds

    padding: 0
    background: WaveBackdrop {
        waveHeight: root.portrait ? Theme.waveHeight : Theme.waveHeightCompact
    }

    Accessible.role: Accessible.Pane
    Accessible.name: heading.text

    Timer {
        interval: 1000
        repeat: true
        running: root.saved && root.secondsLeft > 0
        onTriggered: {
            root.secondsLeft -= 1;
            if (root.secondsLeft === 0)
                IntakeSession.discard();
        }
    }

    Flickable {
        id: scroller

        anchors.fill: parent
        clip: true
        contentWidth: scroller.width
        contentHeight: Math.max(scroller.height, content.height + 2 * Theme.spacingXL)
        interactive: scroller.contentHeight > scroller.height
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content

            width: Math.min(scroller.width - 2 * (root.portrait ? Theme.pageMarginPortrait : Theme.pageMarginLandscape),
                            Theme.contentMaxWidth)
            x: (scroller.width - content.width) / 2
            y: Math.max(Theme.spacingXL, (scroller.height - content.height) / 2)
            spacing: Theme.spacingM

            // A tick for "saved"; the clinic's mark when the tablet goes to the front desk.
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.iconSizeLarge
                height: Theme.iconSizeLarge
                radius: width / 2
                color: root.saved ? Theme.primary : Theme.surfaceTinted
                Accessible.ignored: true

                CheckMark {
                    anchors.centerIn: parent
                    visible: root.saved
                    width: parent.width * 0.55
                    height: parent.height * 0.55
                    lineWidth: Theme.strokeWidth * 2
                    color: Theme.textOnPrimary
                }

                BrandMark {
                    anchors.centerIn: parent
                    visible: !root.saved
                    width: parent.width
                    height: parent.height
                }
            }

            Label {
                id: heading

                textFormat: Text.PlainText
                width: content.width
                text: root.saved
                      //: Heading of the last screen after the intake was saved.
                      ? qsTr("Thank you!")
                      //: Heading of the last screen when the intake could not be saved. Nothing
                      //: technical: staff take over at the front desk.
                      : qsTr("Please hand the tablet to the front desk.")
                color: Theme.heading
                font.family: Theme.headingFontFamily
                font.pixelSize: root.saved ? Theme.fontSizeDisplay : Theme.fontSizeTitle
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                textFormat: Text.PlainText
                width: content.width
                visible: root.saved
                //: The last screen after the intake was saved. Never mention the answers' outcome.
                text: qsTr("Please return the tablet to the front desk. Our esthetician will go over your answers with you.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeLead
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }

            Label {
                textFormat: Text.PlainText
                width: content.width
                visible: !root.saved
                //: Under "Please hand the tablet to the front desk." when the intake could not be saved.
                text: qsTr("A staff member will finish this for you.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeLead
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }

            PrimaryButton {
                objectName: "doneButton"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: root.saved
                //: The button on the thank-you screen that makes the kiosk ready for the next client.
                text: qsTr("Done")
                onClicked: IntakeSession.discard()
            }

            Label {
                textFormat: Text.PlainText
                width: content.width
                visible: root.saved
                // English has no translation file for plurals: one string for one, one for the rest.
                text: root.secondsLeft === 1
                      //: Under the Done button: the screen goes back to the start by itself.
                      ? qsTr("This screen closes by itself in 1 second.")
                      //: Under the Done button: the screen goes back to the start by itself; %1 is 2 or more.
                      : qsTr("This screen closes by itself in %1 seconds.").arg(root.secondsLeft)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
    }
}
