pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic

// The label above a field or a group of controls: bold body text that wraps.
Label {
    textFormat: Text.PlainText
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody
    font.bold: true
    wrapMode: Text.WordWrap
    Accessible.ignored: true
}
