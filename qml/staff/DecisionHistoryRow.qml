pragma ComponentBehavior: Bound

import QtQuick
import Intake.Common
import Intake.Staff

// One recorded decision: what, who, when, and the note.
Column {
    id: root

    required property var decision
    readonly property var locale: Qt.locale(UiLanguage.language)
    //: How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)
    readonly property string dateFormat: qsTr("MMMM d, yyyy")

    spacing: 2

    BodyText {
        width: root.width
        strong: true
        text: {
            const what = root.decision.decision === "proceed" ? qsTr("Proceed")
                       : root.decision.decision === "proceed_with_precautions" ? qsTr("Proceed with precautions")
                       : root.decision.decision === "do_not_treat" ? qsTr("Do not treat")
                       //: A recorded decision: reschedule on or after a date
                       : qsTr("Reschedule on or after %1").arg(Date.fromLocaleString(Qt.locale("en"), root.decision.rescheduleOn, "yyyy-MM-dd").toLocaleDateString(root.locale, root.dateFormat));
            return what;
        }
    }
    BodyText {
        width: root.width
        //: Who recorded a decision and when, e.g. "Blanca, 25/11/2026 10:42"
        text: qsTr("%1, %2").arg(root.decision.staffName).arg(root.decision.decidedAt.toLocaleString(root.locale, Locale.ShortFormat))
    }
    BodyText {
        width: root.width
        visible: root.decision.note !== ""
        //: A decision's note, in quotation marks
        text: qsTr("“%1”").arg(root.decision.note)
    }
}
