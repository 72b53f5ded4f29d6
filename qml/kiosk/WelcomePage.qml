pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Kiosk

// The first screen a client sees: a greeting, what the next five minutes hold, and Start.
// It holds no state; Start asks the IntakeSession to begin an intake.
Page {
    id: root

    readonly property bool portrait: root.height > root.width
    readonly property int margin: root.portrait ? Theme.pageMarginPortrait : Theme.pageMarginLandscape
    // Landscape has less height to spare: tighter vertical rhythm.
    readonly property int verticalMargin: root.portrait ? Theme.spacingXL : Theme.spacingL
    readonly property int sectionGap: root.portrait ? Theme.spacingXL : Theme.spacingL
    readonly property int cardPadding: root.portrait ? Theme.spacingL : Theme.spacingM

    background: WaveBackdrop {
        waveHeight: root.portrait ? Theme.waveHeight : Theme.waveHeightCompact
    }
    padding: 0

    Accessible.role: Accessible.Pane
    //: Accessible name of the welcome screen, read by screen readers.
    Accessible.name: qsTr("Welcome")

    // Scrolls only when the content does not fit (large text on a small screen); otherwise the
    // content sits centred and still.
    Flickable {
        id: scroller

        anchors.fill: parent
        clip: true
        contentWidth: scroller.width
        contentHeight: Math.max(scroller.height, content.implicitHeight + 2 * root.verticalMargin)
        interactive: scroller.contentHeight > scroller.height
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content

            width: Math.min(scroller.width - 2 * root.margin, Theme.contentMaxWidth)
            x: (scroller.width - content.width) / 2
            y: Math.max(root.verticalMargin, (scroller.height - content.implicitHeight) / 2)
            spacing: 0

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Main heading of the welcome screen.
                text: qsTr("Welcome")
                color: Theme.heading
                font.family: Theme.headingFontFamily
                font.pixelSize: Theme.fontSizeDisplay
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXS
                //: Subheading under "Welcome": the client is here for a micro-needling treatment.
                text: qsTr("Before your micro-needling treatment")
                color: Theme.text
                font.pixelSize: Theme.fontSizeLead
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }

            // The three steps of an intake: side by side across the page in landscape; in
            // portrait a list in a card as wide as its longest line (and never narrower than
            // Theme.cardMinWidth), centred under the heading.
            Rectangle {
                Layout.fillWidth: !root.portrait
                Layout.preferredWidth: root.portrait ? Math.max(Theme.cardMinWidth, implicitWidth) : -1
                Layout.maximumWidth: content.width
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: root.sectionGap
                implicitWidth: steps.implicitWidth + 2 * root.cardPadding
                implicitHeight: steps.implicitHeight + 2 * root.cardPadding
                radius: Theme.radiusL
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth

                GridLayout {
                    id: steps

                    anchors.fill: parent
                    anchors.margins: root.cardPadding
                    columns: root.portrait ? 1 : 3
                    columnSpacing: Theme.spacingL
                    rowSpacing: Theme.spacingM

                    WelcomeStep {
                        Layout.fillWidth: true
                        // Equal columns side by side, whatever the text length.
                        Layout.preferredWidth: root.portrait ? -1 : 1
                        Layout.alignment: Qt.AlignTop
                        stacked: !root.portrait
                        number: 1
                        //: Title of the first step of an intake.
                        title: qsTr("Health questions")
                        //: What the client does in the first step.
                        text: qsTr("A few short questions")
                    }
                    WelcomeStep {
                        Layout.fillWidth: true
                        Layout.preferredWidth: root.portrait ? -1 : 1
                        Layout.alignment: Qt.AlignTop
                        stacked: !root.portrait
                        number: 2
                        //: Title of the second step of an intake.
                        title: qsTr("Review")
                        //: What the client does in the second step.
                        text: qsTr("Check your answers")
                    }
                    WelcomeStep {
                        Layout.fillWidth: true
                        Layout.preferredWidth: root.portrait ? -1 : 1
                        Layout.alignment: Qt.AlignTop
                        stacked: !root.portrait
                        number: 3
                        //: Title of the third step of an intake: the informed consent form.
                        title: qsTr("Consent")
                        //: What the client does in the third step: read the consent form and sign it on the screen.
                        text: qsTr("Read and sign the form")
                    }
                }
            }

            PrimaryButton {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: root.sectionGap
                //: The button that begins the questionnaire.
                text: qsTr("Start")
                //: Accessible name of the Start button, read by screen readers.
                Accessible.name: qsTr("Start the health questionnaire")
                onClicked: IntakeSession.start()
            }

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                //: Shown under the Start button.
                text: qsTr("It takes about 5 minutes.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
    }

    footer: Label {
        textFormat: Text.PlainText
        topPadding: Theme.spacingS
        bottomPadding: Theme.spacingL
        leftPadding: root.margin
        rightPadding: root.margin
        //: Reassurance at the bottom of the welcome screen.
        text: qsTr("Our staff will go over your answers with you. If you need help, please ask at the front desk.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        background: null    // the page's waves show through
    }
}
