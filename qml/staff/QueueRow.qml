pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// One intake in the review queue: when it was finished (the date too when not today), the
// client, the outcome and whether it has been reviewed. Clicking it opens the intake beside the
// queue. A `heading` shows above it (the first of a day's reviewed and clear intakes).
Column {
    id: root

    required property string uuid
    required property string clientName
    required property string birthDate
    required property var createdAt
    required property string outcome
    required property int flagCount
    required property bool reviewed
    required property bool needsReview
    required property bool finishedToday
    property string heading

    readonly property bool current: IntakeDetail.uuid === root.uuid
    readonly property var uiLocale: Qt.locale(UiLanguage.language)
    readonly property string time: Qt.formatTime(root.createdAt, root.uiLocale.timeFormat(Locale.ShortFormat))
    //: The day an intake of another day was finished, short, in the queue (Qt date format: MMM abbreviated month, d day)
    readonly property string date: root.createdAt.toLocaleDateString(root.uiLocale, qsTr("MMM d"))

    spacing: Theme.spacingXS

    BodyText {
        id: headingText
        visible: root.heading !== ""
        width: root.width
        topPadding: Theme.spacingXS
        strong: true
        font.bold: true
        text: root.heading
        Accessible.role: Accessible.Heading
        Accessible.name: headingText.text
    }

    ItemDelegate {
        id: row

        width: root.width
        implicitHeight: Theme.consoleRowHeight
        padding: Theme.spacingS

        Accessible.role: Accessible.Button
        Accessible.name: root.finishedToday
                         //: A row of the review queue read aloud: name, outcome, time finished
                         ? qsTr("%1, %2, finished at %3").arg(root.clientName).arg(outcomeWords.label).arg(root.time)
                         //: The same for an intake of another day: name, outcome, date and time finished
                         : qsTr("%1, %2, finished on %3 at %4").arg(root.clientName).arg(outcomeWords.label).arg(root.date).arg(root.time)

        onClicked: IntakeDetail.open(root.uuid)

        // Room for the widest time of day, so that the names line up.
        TextMetrics {
            id: widestTime
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeSmall
            text: "12:59 PM"
        }

        // The outcome's words for the accessible name (the badge in the row shows them).
        OutcomeBadge {
            id: outcomeWords
            visible: false
            outcome: root.outcome
        }

        background: Rectangle {
            radius: Theme.radiusM
            color: root.current ? Theme.surfaceTinted : (row.down ? Theme.background : Theme.surface)
            border.color: row.visualFocus ? Theme.focusRing : (root.current ? Theme.primary : Theme.border)
            border.width: row.visualFocus ? Theme.focusRingWidth : (root.current ? Theme.controlBorderWidth : Theme.borderWidth)
        }

        contentItem: RowLayout {
            spacing: Theme.spacingS

            Column {
                Layout.preferredWidth: widestTime.advanceWidth
                Layout.alignment: Qt.AlignTop
                Text {
                    textFormat: Text.PlainText
                    visible: !root.finishedToday
                    text: root.date
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSizeSmall
                    font.bold: true
                    color: Theme.textMuted
                }
                Text {
                    textFormat: Text.PlainText
                    text: root.time
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSizeSmall
                    color: Theme.textMuted
                }
            }
            Column {
                Layout.fillWidth: true
                spacing: Theme.spacingXXS
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: root.clientName
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSizeBody
                    font.bold: root.needsReview
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Row {
                    spacing: Theme.spacingXS
                    OutcomeBadge {
                        outcome: root.outcome
                    }
                    ReviewedMark {
                        visible: root.reviewed
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                Layout.alignment: Qt.AlignTop
                visible: root.flagCount > 0
                //: How many flags an intake has
                text: qsTr("Flags: %1").arg(root.flagCount)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.textMuted
            }
        }
    }
}
