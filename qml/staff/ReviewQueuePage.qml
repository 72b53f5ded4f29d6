pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// The review queue beside the open intake: every intake that waits for review, whatever day it
// came in, oldest first; with All, then one day's reviewed and clear intakes, newest first (the
// day chips choose which). What is left to review; the notice of a flagged arrival.
Item {
    id: root

    readonly property var locale: Qt.locale(UiLanguage.language)
    //: How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)
    readonly property string dateFormat: qsTr("MMMM d, yyyy")
    readonly property string dayName: Date.fromLocaleString(Qt.locale("en"), ReviewQueueModel.day, "yyyy-MM-dd").toLocaleDateString(root.locale, root.dateFormat)
    readonly property string dayHeading: ReviewQueueModel.showingToday
                                         //: Heading in the queue over the day's intakes that need no review (any more)
                                         ? qsTr("Reviewed or clear today")
                                         //: The same for another day; %1 is a date
                                         : qsTr("Reviewed or clear on %1").arg(root.dayName)

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

            Row {
                spacing: Theme.spacingXS
                FilterChip {
                    //: Queue filter: only intakes with flags and no decision
                    text: qsTr("Needs review")
                    selected: ReviewQueueModel.filter === ReviewQueueModel.NeedsReview
                    onClicked: ReviewQueueModel.filter = ReviewQueueModel.NeedsReview
                }
                FilterChip {
                    //: Queue filter: what needs review, then every other intake of a day
                    text: qsTr("All")
                    selected: ReviewQueueModel.filter === ReviewQueueModel.All
                    onClicked: ReviewQueueModel.filter = ReviewQueueModel.All
                }
            }
            // The day of the reviewed and clear intakes (what needs review shows whatever its day).
            Row {
                visible: ReviewQueueModel.filter === ReviewQueueModel.All
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
                      //: Intakes with flags and no decision (of any day), and how many flags they carry
                      ? qsTr("Waiting for review: %1 · Flags: %2").arg(ReviewQueueModel.unreviewedIntakes).arg(ReviewQueueModel.unreviewedFlags)
                      : qsTr("Nothing waits for review.")
            }
            ArrivalBanner {
                Layout.fillWidth: true
            }
            // What waits, then (All) the day's reviewed and clear intakes under their heading, or
            // a line saying there are none.
            Flickable {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: rows.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                Column {
                    id: rows
                    width: list.width
                    spacing: Theme.spacingXS

                    Repeater {
                        model: ReviewQueueModel
                        delegate: QueueRow {
                            required property int index
                            width: rows.width
                            // the rows that wait come first
                            heading: index === ReviewQueueModel.unreviewedIntakes ? root.dayHeading : ""
                        }
                    }
                    BodyText {
                        width: rows.width
                        visible: ReviewQueueModel.filter === ReviewQueueModel.All && ReviewQueueModel.dayCount === 0
                        topPadding: ReviewQueueModel.count > 0 ? Theme.spacingXS : 0
                        text: ReviewQueueModel.showingToday
                              ? qsTr("No reviewed or clear intakes today.")
                              //: %1 is a date
                              : qsTr("No reviewed or clear intakes on %1.").arg(root.dayName)
                    }
                }
            }
        }

        IntakeDetailPane {
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
