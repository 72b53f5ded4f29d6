pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// The review queue beside the open intake: every intake that waits for review, whatever day it
// came in, oldest first; with All, then one day's reviewed and clear intakes, newest first (the
// day chips choose which). All's day is the day of arrival or the treatment date; by treatment
// date, what waits is listed only for that day (and counted for every day). What is left to
// review; the notice of a flagged arrival.
Item {
    id: root

    readonly property var locale: Qt.locale(UiLanguage.language)
    //: How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)
    readonly property string dateFormat: qsTr("MMMM d, yyyy")
    readonly property string dayName: Date.fromLocaleString(Qt.locale("en"), ReviewQueueModel.day, "yyyy-MM-dd").toLocaleDateString(root.locale, root.dateFormat)
    readonly property bool byTreatment: ReviewQueueModel.filter === ReviewQueueModel.All
                                        && ReviewQueueModel.dayOf === ReviewQueueModel.Treatment
    // Which day the day's intakes are of, for the headings.
    readonly property string dayTitle: root.byTreatment
                                       ? (ReviewQueueModel.showingToday
                                          //: The queue's intakes whose treatment date is today (the start of a heading)
                                          ? qsTr("Treatment today")
                                          //: The same for another day; %1 is a date
                                          : qsTr("Treatment on %1").arg(root.dayName))
                                       : (ReviewQueueModel.showingToday
                                          //: The queue's intakes finished on the kiosk today (the start of a heading)
                                          ? qsTr("Arrived today")
                                          //: The same for another day; %1 is a date
                                          : qsTr("Arrived on %1").arg(root.dayName))
    //: Heading in the queue over the day's intakes that need no review (any more); %1 is "Arrived today", "Treatment on <date>" and the like
    readonly property string reviewedHeading: qsTr("%1: reviewed or clear").arg(root.dayTitle)
    //: Heading in the queue over the intakes that wait for review for treatment on a day; %1 is "Treatment today" or "Treatment on <date>"
    readonly property string waitingHeading: qsTr("%1: waiting for review").arg(root.dayTitle)
    // The line under the day's headings when it has no reviewed or clear intakes.
    readonly property string dayEmpty: {
        if (!root.byTreatment) {
            return ReviewQueueModel.showingToday
                    ? qsTr("No reviewed or clear intakes arrived today.")
                    //: %1 is a date
                    : qsTr("No reviewed or clear intakes arrived on %1.").arg(root.dayName)
        }
        if (ReviewQueueModel.waitingCount === 0) {
            return ReviewQueueModel.showingToday
                    ? qsTr("No intakes for treatment today.")
                    //: %1 is a date
                    : qsTr("No intakes for treatment on %1.").arg(root.dayName)
        }
        return ReviewQueueModel.showingToday
                ? qsTr("No reviewed or clear intakes for treatment today.")
                //: %1 is a date
                : qsTr("No reviewed or clear intakes for treatment on %1.").arg(root.dayName)
    }

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
            // Which date the day is of: arrival, or treatment (then what waits shows for that day only).
            Row {
                visible: ReviewQueueModel.filter === ReviewQueueModel.All
                spacing: Theme.spacingXS
                FilterChip {
                    //: Queue's day choice: intakes by the day the client filled them in on the kiosk
                    text: qsTr("Arrival date")
                    selected: ReviewQueueModel.dayOf === ReviewQueueModel.Arrival
                    onClicked: ReviewQueueModel.dayOf = ReviewQueueModel.Arrival
                }
                FilterChip {
                    //: Queue's day choice: intakes by the date of their treatment
                    text: qsTr("Treatment date")
                    selected: ReviewQueueModel.dayOf === ReviewQueueModel.Treatment
                    onClicked: ReviewQueueModel.dayOf = ReviewQueueModel.Treatment
                }
            }
            // The day of the reviewed and clear intakes (by arrival, what needs review shows
            // whatever its day).
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
                    visible: ReviewQueueModel.hasNextDay
                    text: qsTr("Next day")
                    onClicked: ReviewQueueModel.nextDay()
                }
            }
            // One line that never wraps: Qt 6.4's layouts keep the height of a line wrapped while
            // the page's width settles, which left a gap over the queue.
            BodyText {
                Layout.fillWidth: true
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
                strong: ReviewQueueModel.unreviewedIntakes > 0
                text: ReviewQueueModel.unreviewedIntakes > 0
                      //: Intakes with flags and no decision (of any day), and how many flags they carry
                      ? qsTr("Waiting for review: %1 · Flags: %2").arg(ReviewQueueModel.unreviewedIntakes).arg(ReviewQueueModel.unreviewedFlags)
                      : qsTr("Nothing waits for review.")
            }
            // By treatment date the rows leave out what waits for other days: how much does.
            BodyText {
                Layout.fillWidth: true
                visible: root.byTreatment && ReviewQueueModel.unreviewedElsewhere > 0
                strong: true
                //: Under "Waiting for review: N": how many of them have a treatment date other than the day shown
                text: qsTr("Of these, for treatment on another day: %1").arg(ReviewQueueModel.unreviewedElsewhere)
            }
            ArrivalBanner {
                Layout.fillWidth: true
            }
            // What waits (by treatment date under its heading), then (All) the day's reviewed and
            // clear intakes under theirs, or a line saying there are none.
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
                            heading: index === ReviewQueueModel.waitingCount
                                     ? root.reviewedHeading
                                     : (index === 0 && root.byTreatment ? root.waitingHeading : "")
                        }
                    }
                    BodyText {
                        width: rows.width
                        visible: ReviewQueueModel.filter === ReviewQueueModel.All && ReviewQueueModel.dayCount === 0
                        topPadding: ReviewQueueModel.count > 0 ? Theme.spacingXS : 0
                        text: root.dayEmpty
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
