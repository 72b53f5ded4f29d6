pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// A question answered in the client's own words: the question, a text area, and how many
// characters are left of `maxLength`. Every change is reported (edited) so the view-model
// always holds what is on the screen. The text area is the one place the text is edited: it
// takes `value` when it is created and when the view-model changes the answer itself (a new
// client), never while the client types, since writing the answer back into it would move the
// cursor and cut into the keyboard's word being composed.
Column {
    id: root

    required property string text
    property string value
    // 0: no limit.
    property int maxLength: 0

    signal edited(string text)

    onValueChanged: {
        if (!area.activeFocus && area.text !== root.value)
            area.text = root.value;
    }

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

    TextArea {
        id: area

        objectName: "answerArea"
        width: root.width
        height: Math.max(Theme.textAreaHeight, area.implicitHeight)
        textFormat: TextEdit.PlainText
        wrapMode: TextEdit.Wrap
        padding: Theme.spacingS
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeBody
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.text
        // Health notes: nothing learnt by the on-screen keyboard, and no word predicted or
        // corrected: every key goes into the text as it is tapped, so what is stored is what was
        // typed.
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        //: Placeholder of an optional free-text answer.
        placeholderText: qsTr("Type your answer here (optional)")
        placeholderTextColor: Theme.textMuted

        Accessible.role: Accessible.EditableText
        Accessible.name: root.text

        Component.onCompleted: area.text = root.value
        onTextChanged: {
            if (area.text !== root.value)
                root.edited(area.text);
        }

        background: Rectangle {
            radius: Theme.radiusS
            color: Theme.surface
            border.color: area.activeFocus ? Theme.primary : Theme.borderStrong
            border.width: area.activeFocus ? Theme.focusRingWidth : Theme.controlBorderWidth
        }
    }

    Label {
        textFormat: Text.PlainText
        width: root.width
        visible: root.maxLength > 0
        //: Under a free-text answer: characters typed so far and the most allowed, e.g. "12 / 1000".
        text: qsTr("%1 / %2").arg(area.length).arg(root.maxLength)
        color: area.length > root.maxLength ? Theme.attention : Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        horizontalAlignment: Text.AlignRight
        //: Accessible text of the character counter: %1 typed, %2 allowed.
        Accessible.name: qsTr("%1 of %2 characters").arg(area.length).arg(root.maxLength)
        Accessible.role: Accessible.StaticText
    }
}
