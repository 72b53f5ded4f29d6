pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// The intake open beside the queue: the client and appointment, the outcome, every flag with the
// clinic's reason and guidance, the consent, the decisions so far and the decision panel.
Rectangle {
    id: root

    readonly property var locale: Qt.locale(UiLanguage.language)
    //: How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)
    readonly property string dateFormat: qsTr("MMMM d, yyyy")

    function formatDate(iso: string): string {
        return iso === "" ? "" : Date.fromLocaleString(Qt.locale("en"), iso, "yyyy-MM-dd").toLocaleDateString(root.locale, root.dateFormat);
    }

    radius: Theme.radiusL
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    BodyText {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXL
        horizontalAlignment: Text.AlignHCenter
        visible: !IntakeDetail.loaded
        text: IntakeDetail.lastError !== "" ? IntakeDetail.lastError
                                            : qsTr("Choose an intake in the queue to see the flagged answers and record a decision.")
    }

    Flickable {
        id: flick
        visible: IntakeDetail.loaded
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        // Every intake opens at its top, under the client's name: the scroll position of the
        // intake seen before means nothing for this one.
        Connections {
            target: IntakeDetail
            function onOpened() {
                flick.cancelFlick();
                flick.contentY = flick.originY;
            }
        }

        Column {
            id: column
            width: flick.width - Theme.spacingS
            spacing: Theme.spacingM

            RowLayout {
                width: parent.width
                spacing: Theme.spacingS
                PageTitle {
                    Layout.fillWidth: true
                    text: IntakeDetail.clientName
                    font.pixelSize: Theme.fontSizeTitle * 0.8
                }
                OutcomeBadge {
                    outcome: IntakeDetail.outcome
                }
            }
            Grid {
                width: parent.width
                columns: 2
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingS
                DetailField {
                    width: (column.width - Theme.spacingM) / 2
                    //: The client's date of birth
                    label: qsTr("Born")
                    value: root.formatDate(IntakeDetail.birthDate)
                }
                DetailField {
                    width: (column.width - Theme.spacingM) / 2
                    label: qsTr("Appointment")
                    value: root.formatDate(IntakeDetail.appointmentDate)
                }
                DetailField {
                    width: (column.width - Theme.spacingM) / 2
                    //: When the client finished the intake on the kiosk
                    label: qsTr("Finished")
                    value: IntakeDetail.loaded ? IntakeDetail.createdAt.toLocaleTimeString(root.locale, Locale.ShortFormat) : ""
                }
                DetailField {
                    width: (column.width - Theme.spacingM) / 2
                    visible: IntakeDetail.earliestDate !== ""
                    //: The first day the treatment may be done
                    label: qsTr("Earliest treatment date")
                    value: root.formatDate(IntakeDetail.earliestDate)
                }
                DetailField {
                    width: (column.width - Theme.spacingM) / 2
                    label: qsTr("Consent")
                    value: IntakeDetail.consentSigned
                           //: Consent status, e.g. "Signed (version 1.0.0, English) at 10:14"
                           ? qsTr("Signed (version %1, %2) at %3")
                                 .arg(IntakeDetail.consentVersion)
                                 .arg(IntakeDetail.consentLanguage === "es" ? "Español" : "English")
                                 .arg(IntakeDetail.consentSignedAt.toLocaleTimeString(root.locale, Locale.ShortFormat))
                           : qsTr("Not signed")
                }
            }

            PageTitle {
                width: parent.width
                text: IntakeDetail.flags.length > 0 ? qsTr("Flagged answers") : qsTr("No flagged answers")
            }
            Repeater {
                model: IntakeDetail.flags
                delegate: FlagCard {
                    required property var modelData
                    width: column.width
                    flag: modelData
                }
            }

            PageTitle {
                visible: IntakeDetail.reviewed
                width: parent.width
                text: qsTr("Decisions")
            }
            Repeater {
                model: IntakeDetail.decisions
                delegate: DecisionHistoryRow {
                    required property var modelData
                    width: column.width
                    decision: modelData
                }
            }

            DecisionPanel {
                width: parent.width
            }
        }
    }
}
