pragma ComponentBehavior: Bound

import QtQuick
import Intake.Common

// The heading of a screen or a card: serif, in the heading colour; wraps.
Text {
    textFormat: Text.PlainText
    font.family: Theme.headingFontFamily
    font.pixelSize: Theme.fontSizeLead
    color: Theme.heading
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
