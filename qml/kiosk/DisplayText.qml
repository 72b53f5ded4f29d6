pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// A line of the questionnaire that is not a question (an introduction to a section). Not
// interactive.
Label {
    textFormat: Text.PlainText
    color: Theme.textMuted
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
