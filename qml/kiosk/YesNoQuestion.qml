pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// A yes/no health question: the question, and two large buttons "Yes" and "No". The chosen one
// is filled and shows a tick and bold text. Beside the question when there is room, under it
// otherwise. It holds no answer of its own: `answer` comes from the view-model. Set its width.
Item {
    id: root

    required property string text
    // true, false, or undefined while unanswered.
    property var answer

    // The client tapped Yes (true) or No (false).
    signal answerChosen(bool value)

    // The question beside the buttons needs at least this much room.
    readonly property int sideBySideWidth: 760
    readonly property bool sideBySide: root.width >= root.sideBySideWidth
    readonly property int buttonWidth: root.sideBySide ? Theme.choiceMinWidth
                                                       : (root.width - Theme.spacingS) / 2

    implicitHeight: root.sideBySide ? Math.max(question.height, buttons.height)
                                    : question.height + Theme.spacingS + buttons.height

    Label {
        id: question

        textFormat: Text.PlainText
        width: root.sideBySide ? root.width - buttons.width - Theme.spacingL : root.width
        y: root.sideBySide ? (root.height - question.height) / 2 : 0
        text: root.text
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeBody
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Row {
        id: buttons

        x: root.width - buttons.width
        y: root.sideBySide ? (root.height - buttons.height) / 2 : question.height + Theme.spacingS
        spacing: Theme.spacingS

        ChoiceButton {
            objectName: "yesButton"
            width: root.buttonWidth
            //: Answer button of a yes/no health question.
            text: qsTr("Yes")
            selected: root.answer === true
            //: Accessible name of the Yes button; %1 is the question.
            Accessible.name: qsTr("Yes: %1").arg(root.text)
            onClicked: root.answerChosen(true)
        }

        ChoiceButton {
            objectName: "noButton"
            width: root.buttonWidth
            //: Answer button of a yes/no health question.
            text: qsTr("No")
            selected: root.answer === false
            //: Accessible name of the No button; %1 is the question.
            Accessible.name: qsTr("No: %1").arg(root.text)
            onClicked: root.answerChosen(false)
        }
    }
}
