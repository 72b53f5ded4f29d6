pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Kiosk

// One row of IntakeSession.questions on the question page: the control that fits the item's
// type (Yes/No, date, choice, free text, or a line of text) in a card, with the session's
// message for it underneath. Answers go straight to the session. A row that appears while the
// page is shown (a follow-up question enabled by an answer) fades in.
Column {
    id: row

    required property int index
    required property string linkId
    required property string type
    required property string text
    required property var model
    required property var answer
    required property bool answered
    required property string message
    required property var options
    required property int maxLength

    // Fade in when created: set for rows that appear after the page was built.
    property bool animateIn: false
    // The item has a message (for the page, to scroll to the first one).
    readonly property bool hasMessage: row.message !== ""

    // A row that fades in has been laid out (the page brings it into view).
    signal appeared()

    spacing: 0

    Component.onCompleted: {
        if (row.animateIn) {
            appear.start();
            appearedTimer.start();
        }
    }

    Timer {
        id: appearedTimer

        // After the positioners have placed what just changed (they do so before the next frame).
        interval: Theme.durationShort
        onTriggered: row.appeared()
    }

    NumberAnimation {
        id: appear

        target: row
        property: "opacity"
        from: 0
        to: 1
        duration: Theme.durationLong
        easing.type: Easing.OutCubic
    }

    DisplayText {
        width: row.width
        visible: row.type === "display"
        text: row.text
    }

    Card {
        width: row.width
        visible: row.type !== "display"
        attention: row.hasMessage

        Column {
            id: content

            width: parent.width
            spacing: Theme.spacingS

            // The control for the item's type. Each Repeater builds one control or none: Qt 6.4's
            // Loader cannot create a component bound to this file (pragma ComponentBehavior:
            // Bound), a Repeater can; it builds only the control this row needs.
            Repeater {
                model: row.type === "boolean" ? 1 : 0

                delegate: YesNoQuestion {
                    width: content.width
                    text: row.text
                    answer: row.answered ? row.answer : undefined
                    onAnswerChosen: (value) => IntakeSession.setAnswer(row.linkId, value)
                }
            }

            Repeater {
                model: row.type === "date" ? 1 : 0

                delegate: DateQuestion {
                    width: content.width
                    text: row.text
                    value: row.answered ? String(row.answer) : ""
                    optional: !row.model.required
                    locale: Qt.locale(UiLanguage.language)
                    // Nothing that has not happened yet.
                    maximumDate: IntakeSession.today
                    onDateSelected: (isoDate) => IntakeSession.setAnswer(row.linkId, isoDate)
                    onCleared: IntakeSession.clearAnswer(row.linkId)
                }
            }

            Repeater {
                model: row.type === "choice" ? 1 : 0

                delegate: ChoiceQuestion {
                    width: content.width
                    text: row.text
                    options: row.options
                    value: row.answered ? String(row.answer) : ""
                    onChosen: (code) => IntakeSession.setAnswer(row.linkId, code)
                }
            }

            Repeater {
                model: row.type === "string" || row.type === "text" ? 1 : 0

                delegate: TextQuestion {
                    width: content.width
                    text: row.text
                    value: row.answered ? String(row.answer) : ""
                    maxLength: row.maxLength
                    onEdited: (text) => IntakeSession.setAnswer(row.linkId, text)
                }
            }

            FieldMessage {
                width: content.width
                text: row.message
            }
        }
    }
}
