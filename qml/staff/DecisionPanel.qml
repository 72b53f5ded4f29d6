pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// Staff's decision about the open intake, headed with the client's name and date of birth (the
// client's name at the top of the intake may be scrolled away). DecisionForm holds it and says
// whether it can be recorded; this panel only shows and forwards.
Rectangle {
    id: root

    readonly property var locale: Qt.locale(UiLanguage.language)
    //: How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)
    readonly property string dateFormat: qsTr("MMMM d, yyyy")
    //: Label of the reschedule date picker; also names its arrows ("On or after: next day")
    readonly property string rescheduleLabel: qsTr("On or after")

    function formatDate(iso: string): string {
        return iso === "" ? "" : Date.fromLocaleString(Qt.locale("en"), iso, "yyyy-MM-dd").toLocaleDateString(root.locale, root.dateFormat);
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: Theme.surface
    border.color: Theme.borderStrong
    border.width: Theme.borderWidth

    Column {
        id: column
        x: Theme.spacingM
        y: Theme.spacingM
        width: parent.width - 2 * Theme.spacingM
        spacing: Theme.spacingS

        PageTitle {
            width: parent.width
            text: IntakeDetail.reviewed
                  //: Heading of the decision box when a decision is recorded already: %1 the client's name, %2 their date of birth
                  ? qsTr("Another decision for %1, born %2").arg(IntakeDetail.clientName).arg(root.formatDate(IntakeDetail.birthDate))
                  //: Heading of the decision box: %1 the client's name, %2 their date of birth
                  : qsTr("Decision for %1, born %2").arg(IntakeDetail.clientName).arg(root.formatDate(IntakeDetail.birthDate))
        }
        // Two columns of the same width; a row is as tall as its taller option.
        GridLayout {
            id: options
            width: parent.width
            columns: 2
            columnSpacing: Theme.spacingXS
            rowSpacing: Theme.spacingXS

            Repeater {
                model: [
                    { name: "proceed", text: qsTr("Proceed") },
                    { name: "proceed_with_precautions", text: qsTr("Proceed with precautions") },
                    //: A decision: move the treatment to a later date
                    { name: "reschedule", text: qsTr("Reschedule") },
                    { name: "do_not_treat", text: qsTr("Do not treat") }
                ]
                delegate: DecisionOption {
                    required property var modelData
                    Layout.preferredWidth: (options.width - options.columnSpacing) / 2
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    text: modelData.text
                    selected: DecisionForm.decision === modelData.name
                    onClicked: DecisionForm.decision = modelData.name
                }
            }
        }
        FieldLabel {
            visible: DecisionForm.decision === "reschedule"
            width: parent.width
            text: root.rescheduleLabel
        }
        // The date picker the kiosk uses too (Intake.Common): a date from today to two years
        // on (DecisionForm's range, by the session's clock), shown on the earliest date while
        // none is chosen.
        DatePicker {
            visible: DecisionForm.decision === "reschedule"
            width: Math.min(parent.width, Theme.consoleFieldWidth)
            value: DecisionForm.rescheduleDate
            minimumDate: DecisionForm.minimumRescheduleDate
            maximumDate: DecisionForm.maximumRescheduleDate
            defaultDate: DecisionForm.earliestDate !== "" ? DecisionForm.earliestDate : DecisionForm.minimumRescheduleDate
            label: root.rescheduleLabel
            locale: root.locale
            onDateSelected: isoDate => DecisionForm.rescheduleDate = isoDate
        }
        BodyText {
            visible: DecisionForm.decision === "reschedule" && DecisionForm.earliestDate !== ""
            width: parent.width
            //: Under the reschedule date; %1 is a date
            text: qsTr("The clinic's wait ends on %1.").arg(root.formatDate(DecisionForm.earliestDate))
        }
        FieldLabel {
            width: parent.width
            text: qsTr("Note (optional)")
        }
        FormTextField {
            id: note
            width: parent.width
            text: DecisionForm.note
            Accessible.name: qsTr("Note (optional)")
            onTextEdited: DecisionForm.note = note.text
        }
        FieldMessage {
            width: parent.width
            text: DecisionForm.lastError
        }
        RowLayout {
            width: parent.width
            spacing: Theme.spacingS
            BodyText {
                Layout.fillWidth: true
                text: DecisionForm.canSubmit ? qsTr("Recorded with your name and the time.") : DecisionForm.reason
            }
            PrimaryButton {
                implicitHeight: Theme.controlHeight
                muted: !DecisionForm.canSubmit
                text: qsTr("Record decision")
                onClicked: DecisionForm.submit()
            }
        }
    }
}
