pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// A question with a few answers to choose one from: the question and a large button per
// answer (two columns when there is room). The chosen one shows a tick and bold text.
Column {
    id: root

    required property string text
    // [{ code, text }] in the kiosk's language.
    required property var options
    // The chosen answer's code, or "" while unanswered.
    property string value

    signal chosen(string code)

    // Two columns of answers need at least this much room.
    readonly property int twoColumnWidth: 640

    spacing: Theme.spacingS

    Label {
        textFormat: Text.PlainText
        width: root.width
        text: root.text
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeBody
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Grid {
        id: answers

        readonly property int answerWidth: (root.width - (answers.columns - 1) * answers.columnSpacing) / answers.columns
        // Every answer as tall as the tallest, so that rows line up when one answer wraps. Worked
        // out after the answers have been laid out (a binding would feed on itself: a button's
        // height re-lays its text out).
        property real answerHeight: Theme.choiceHeight

        width: root.width
        columns: root.width >= root.twoColumnWidth ? 2 : 1
        columnSpacing: Theme.spacingS
        rowSpacing: Theme.spacingS

        function updateAnswerHeight() {
            let tallest = Theme.choiceHeight;
            for (let i = 0; i < answerButtons.count; ++i) {
                const button = answerButtons.itemAt(i);
                if (button)
                    tallest = Math.max(tallest, button.implicitHeight);
            }
            answers.answerHeight = tallest;
        }

        Timer {
            id: answerHeightTimer

            interval: 0
            onTriggered: answers.updateAnswerHeight()
        }

        // By count, so that renewed options (another language) relabel the buttons instead of
        // rebuilding them.
        Repeater {
            id: answerButtons

            model: root.options.length

            delegate: ChoiceButton {
                id: option

                required property int index
                readonly property var answerOption: root.options[option.index]

                width: answers.answerWidth
                height: answers.answerHeight
                text: option.answerOption.text
                onImplicitHeightChanged: answerHeightTimer.restart()
                Component.onCompleted: answerHeightTimer.restart()
                selected: root.value === option.answerOption.code
                //: Accessible name of one answer of a choice question: %1 the answer, %2 the question.
                Accessible.name: qsTr("%1: %2").arg(option.answerOption.text).arg(root.text)
                onClicked: root.chosen(option.answerOption.code)
            }
        }
    }
}
