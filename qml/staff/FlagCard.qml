pragma ComponentBehavior: Bound

import QtQuick
import Intake.Common
import Intake.Staff

// One flag of an intake: its severity, the question, the client's answer, why it matters and
// what the clinic advises (texts from the clinic's page, as the kiosk sent them), and the date
// the treatment may be done from when it has to wait.
Rectangle {
    id: root

    required property var flag
    readonly property var locale: Qt.locale(UiLanguage.language)
    //: How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)
    readonly property string dateFormat: qsTr("MMMM d, yyyy")

    function formatDate(iso: string): string {
        return Date.fromLocaleString(Qt.locale("en"), iso, "yyyy-MM-dd").toLocaleDateString(root.locale, root.dateFormat);
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radiusM
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    Rectangle {
        width: Theme.spacingXXS
        height: parent.height - 2 * Theme.radiusS
        anchors.verticalCenter: parent.verticalCenter
        radius: width / 2
        color: badge.textColor
    }

    Column {
        id: column
        x: Theme.spacingM
        y: Theme.spacingS
        width: parent.width - Theme.spacingM - Theme.spacingS
        spacing: Theme.spacingXS

        OutcomeBadge {
            id: badge
            outcome: root.flag.severity
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: root.flag.question
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeSmall
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        BodyText {
            width: parent.width
            strong: true
            text: {
                switch (root.flag.answerKind) {
                //: The client's answer to a yes/no question
                case "yes": return qsTr("Answer: Yes");
                case "no": return qsTr("Answer: No");
                //: The client's answer is a date
                case "date": return qsTr("Answer: %1").arg(root.formatDate(root.flag.answer));
                case "text": return qsTr("Answer: %1").arg(root.flag.answer);
                //: The client chose "I don't remember" for a date
                default: return qsTr("Answer: does not remember the date");
                }
            }
        }
        BodyText {
            width: parent.width
            //: Why a flag matters (the clinic's reason follows)
            text: qsTr("Why: %1").arg(root.flag.reason)
        }
        BodyText {
            width: parent.width
            visible: root.flag.guidance !== ""
            strong: true
            //: What the clinic advises (its guidance follows)
            text: qsTr("Clinic's guidance: %1").arg(root.flag.guidance)
        }
        BodyText {
            width: parent.width
            visible: root.flag.until !== ""
            strong: true
            //: The first day the treatment may be done, e.g. "Treat on or after 5 December 2026"
            text: qsTr("Treat on or after %1").arg(root.flag.until === "" ? "" : root.formatDate(root.flag.until))
        }
    }
}
