pragma ComponentBehavior: Bound

import QtQuick
import Intake.Common

// A paragraph of the console: plain text (names and notes come from clients and staff), body
// size, wraps, muted unless `strong`; read by screen readers.
Text {
    id: root

    property bool strong: false

    textFormat: Text.PlainText
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeSmall
    color: strong ? Theme.text : Theme.textMuted
    wrapMode: Text.WordWrap
    lineHeight: Theme.lineHeight
}
