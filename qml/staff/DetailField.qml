pragma ComponentBehavior: Bound

import QtQuick
import Intake.Common

// A label and its value, one above the other ("Born" / "17 April 1988").
Column {
    id: root

    property string label
    property string value

    spacing: 2

    Text {
        textFormat: Text.PlainText
        width: root.width
        text: root.label
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    Text {
        textFormat: Text.PlainText
        width: root.width
        text: root.value
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
}
