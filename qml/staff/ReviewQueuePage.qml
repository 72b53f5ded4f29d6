pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// The review queue beside the open intake: the day's intakes, newest first, filtered to those
// that need review or all; what is left to review; the notice of a flagged arrival.
Item {
    id: root

    readonly property var locale: Qt.locale(UiLanguage.language)
    //: How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)
    readonly property string dateFormat: qsTr("MMMM d, yyyy")

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM

        ColumnLayout {
            Layout.preferredWidth: Math.min(Theme.consoleQueueWidth, root.width * 0.4)
            Layout.maximumWidth: Layout.preferredWidth
            Layout.minimumWidth: Layout.preferredWidth
            Layout.fillHeight: true
            spacing: Theme.spacingS

            PageTitle {
                Layout.fillWidth: true
                text: ReviewQueueModel.showingToday
                      ? qsTr("Today's intakes")
                      : Date.fromLocaleString(Qt.locale("en"), ReviewQueueModel.day, "yyyy-MM-dd").toLocaleDateString(root.locale, root.dateFormat)
            }
            Row {
                spacing: Theme.spacingXS
                FilterChip {
                    //: Queue filter: only intakes with flags and no decision
                    text: qsTr("Needs review")
                    selected: ReviewQueueModel.filter === ReviewQueueModel.NeedsReview
                    onClicked: ReviewQueueModel.filter = ReviewQueueModel.NeedsReview
                }
                FilterChip {
                    //: Queue filter: every intake of the day
                    text: qsTr("All")
                    selected: ReviewQueueModel.filter === ReviewQueueModel.All
                    onClicked: ReviewQueueModel.filter = ReviewQueueModel.All
                }
            }
            Row {
                spacing: Theme.spacingXS
                FilterChip {
                    //: Shows the day before the one shown
                    text: qsTr("Previous day")
                    onClicked: ReviewQueueModel.previousDay()
                }
                FilterChip {
                    text: qsTr("Today")
                    selected: ReviewQueueModel.showingToday
                    onClicked: ReviewQueueModel.showToday()
                }
                FilterChip {
                    visible: !ReviewQueueModel.showingToday
                    text: qsTr("Next day")
                    onClicked: ReviewQueueModel.nextDay()
                }
            }
            BodyText {
                Layout.fillWidth: true
                strong: ReviewQueueModel.unreviewedIntakes > 0
                text: ReviewQueueModel.unreviewedIntakes > 0
                      //: The day's intakes with flags and no decision, and how many flags they carry
                      ? qsTr("Waiting for review: %1 · Flags: %2").arg(ReviewQueueModel.unreviewedIntakes).arg(ReviewQueueModel.unreviewedFlags)
                      : qsTr("Nothing waits for review.")
            }
            ArrivalBanner {
                Layout.fillWidth: true
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingXS
                model: ReviewQueueModel
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: QueueRow {
                    width: list.width
                }
                BodyText {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingM
                    horizontalAlignment: Text.AlignHCenter
                    visible: list.count === 0
                    text: ReviewQueueModel.filter === ReviewQueueModel.NeedsReview
                          ? qsTr("No intake of this day waits for review.")
                          : qsTr("No intakes on this day yet.")
                }
            }
        }

        IntakeDetailPane {
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
