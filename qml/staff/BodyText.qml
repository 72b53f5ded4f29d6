pragma ComponentBehavior: Bound

import QtQuick
import Intake.Common

// A paragraph of the console: body size, wraps, muted unless `strong`.
Text {
    property bool strong: false

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeSmall
    color: strong ? Theme.text : Theme.textMuted
    wrapMode: Text.WordWrap
    lineHeight: Theme.lineHeight
}
