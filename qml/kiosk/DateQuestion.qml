pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// A health question answered with a past date ("When was your most recent Botox or other wrinkle-relaxing injection?"): the question,
// a date picker that stops at `maximumDate` (today), and for an optional date "I don't
// remember", which clears the answer and sets the picker aside. Set its width.
Column {
    id: root

    required property string text
    // "YYYY-MM-DD", or "" while unanswered.
    property string value
    required property string maximumDate
    // An optional date can be left out: "I don't remember".
    property bool optional: false
    // The language of the date picker (the kiosk's language).
    property var locale: Qt.locale()

    signal dateSelected(string isoDate)
    // "I don't remember" was ticked.
    signal cleared()

    readonly property alias dontRemember: dontRememberBox.checked

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

    // The picker, and "I don't remember" beside it when there is room, under it otherwise.
    Item {
        id: answer

        readonly property bool sideBySide: root.width >= picker.width + Theme.spacingL + dontRememberBox.implicitWidth

        width: root.width
        height: !dontRememberBox.visible ? picker.height
                                         : answer.sideBySide ? Math.max(picker.height, dontRememberBox.height)
                                                             : picker.height + Theme.spacingS + dontRememberBox.height

        DatePicker {
            id: picker

            objectName: "datePicker"
            width: Math.min(root.width, Theme.cardMinWidth + Theme.spacingXXL)
            enabled: !dontRememberBox.checked
            label: root.text
            locale: root.locale
            value: root.value
            maximumDate: root.maximumDate
            onDateSelected: (isoDate) => root.dateSelected(isoDate)
        }

        FormCheckBox {
            id: dontRememberBox

            objectName: "dontRememberBox"
            x: answer.sideBySide ? picker.width + Theme.spacingL : 0
            y: answer.sideBySide ? (picker.height - dontRememberBox.height) / 2 : picker.height + Theme.spacingS
            width: answer.sideBySide ? root.width - dontRememberBox.x : root.width
            visible: root.optional
            //: Check box under an optional date question: the client does not remember the date.
            text: qsTr("I don't remember")
            //: Accessible name of the "I don't remember" check box; %1 is the question.
            Accessible.name: qsTr("I don't remember: %1").arg(root.text)
            onToggled: {
                if (dontRememberBox.checked)
                    root.cleared();
            }
        }
    }
}
