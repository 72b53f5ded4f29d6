pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// One intake in the review queue: when it was finished, the client, the outcome and whether it
// has been reviewed. Clicking it opens the intake beside the queue.
ItemDelegate {
    id: row

    required property string uuid
    required property string clientName
    required property string birthDate
    required property var createdAt
    required property string outcome
    required property int flagCount
    required property bool reviewed
    required property bool needsReview

    readonly property bool current: IntakeDetail.uuid === row.uuid
    readonly property string time: Qt.formatTime(row.createdAt, Qt.locale(UiLanguage.language).timeFormat(Locale.ShortFormat))

    implicitHeight: Theme.consoleRowHeight
    padding: Theme.spacingS

    Accessible.role: Accessible.Button
    //: A row of the review queue read aloud: name, outcome, time finished
    Accessible.name: qsTr("%1, %2, finished at %3").arg(row.clientName).arg(outcomeWords.label).arg(row.time)

    onClicked: IntakeDetail.open(row.uuid)

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
        outcome: row.outcome
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: row.current ? Theme.surfaceTinted : (row.down ? Theme.background : Theme.surface)
        border.color: row.visualFocus ? Theme.focusRing : (row.current ? Theme.primary : Theme.border)
        border.width: row.visualFocus ? Theme.focusRingWidth : (row.current ? Theme.controlBorderWidth : Theme.borderWidth)
    }

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Text {
            Layout.preferredWidth: widestTime.advanceWidth
            Layout.alignment: Qt.AlignTop
            text: row.time
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.textMuted
        }
        Column {
            Layout.fillWidth: true
            spacing: Theme.spacingXXS
            Text {
                width: parent.width
                text: row.clientName
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeBody
                font.bold: row.needsReview
                color: Theme.text
                elide: Text.ElideRight
            }
            Row {
                spacing: Theme.spacingXS
                OutcomeBadge {
                    outcome: row.outcome
                }
                ReviewedMark {
                    visible: row.reviewed
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
        Text {
            Layout.alignment: Qt.AlignTop
            visible: row.flagCount > 0
            //: How many flags an intake has
            text: qsTr("Flags: %1").arg(row.flagCount)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.textMuted
        }
    }
}
