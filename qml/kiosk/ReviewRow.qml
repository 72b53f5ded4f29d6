pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Kiosk

// One answer on the review page: the question, the answer, and "Change", which takes the client
// back to it (the question's section, or the "About you" page for the client's details).
// Rows of one section read as one card: the first row also draws the section's title, and only
// the first and the last row round their outer corners. Set its width.
Column {
    id: row

    required property string section
    required property string linkId
    required property string question
    required property string answer
    // The first row of its section, and the last.
    required property bool firstInSection
    required property bool lastInSection

    readonly property bool isClientDetail: row.linkId.startsWith("client.")

    spacing: 0

    // Room above a section's title (none above the first).
    Item {
        width: row.width
        height: Theme.spacingL
        visible: row.firstInSection && row.y > 0
    }

    Label {
        textFormat: Text.PlainText
        width: row.width
        bottomPadding: Theme.spacingS
        visible: row.firstInSection
        text: row.section
        color: Theme.heading
        font.family: Theme.headingFontFamily
        font.pixelSize: Theme.fontSizeLead
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // The row's part of its section's card: the card's rounded corners are drawn only at the
    // section's ends (the rest is clipped away), with a divider between rows.
    Item {
        id: card

        width: row.width
        height: Math.max(texts.height, change.height) + 2 * Theme.spacingS
        clip: true

        Rectangle {
            y: row.firstInSection ? 0 : -Theme.radiusM
            width: card.width
            height: card.height + (row.firstInSection ? 0 : Theme.radiusM) + (row.lastInSection ? 0 : Theme.radiusM)
            radius: Theme.radiusM
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
        }

        Rectangle {
            visible: !row.lastInSection
            x: Theme.spacingM
            y: card.height - height
            width: card.width - 2 * Theme.spacingM
            height: Theme.borderWidth
            color: Theme.border
        }

        Column {
            id: texts

            x: Theme.spacingM
            y: (card.height - texts.height) / 2
            width: card.width - x - change.width - Theme.spacingM - Theme.spacingS
            spacing: Theme.spacingXXS

            Label {
                textFormat: Text.PlainText
                width: parent.width
                text: row.question
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
                wrapMode: Text.WordWrap
            }

            Label {
                textFormat: Text.PlainText
                width: parent.width
                text: row.answer
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeBody
                font.bold: true
                wrapMode: Text.WordWrap
            }
        }

        SecondaryButton {
            id: change

            x: card.width - width - Theme.spacingS
            y: (card.height - height) / 2
            //: Review page: the button next to an answer that goes back to change it.
            text: qsTr("Change")
            //: Accessible name of a Change button on the review page; %1 is the question.
            Accessible.name: qsTr("Change: %1").arg(row.question)
            onClicked: {
                if (row.isClientDetail)
                    IntakeSession.editClientDetails();
                else
                    IntakeSession.editAnswer(row.linkId);
            }
        }
    }
}
