pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// One fact about the treatment on the "About the treatment" page: a short title, an optional
// key figure ("$300", "60 min") set large, and a few sentences. Not interactive.
Card {
    id: root

    required property string title
    required property string text
    // Shown large above the text; empty hides it.
    property string figure

    padding: Theme.spacingM

    Accessible.role: Accessible.StaticText
    Accessible.name: root.title + ". " + (root.figure !== "" ? root.figure + ". " : "") + root.text

    Column {
        width: parent.width
        spacing: Theme.spacingXS

        Label {
            textFormat: Text.PlainText
            width: parent.width
            text: root.title
            color: Theme.primary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeBody
            font.bold: true
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }

        Label {
            textFormat: Text.PlainText
            width: parent.width
            visible: root.figure !== ""
            text: root.figure
            color: Theme.heading
            font.family: Theme.headingFontFamily
            font.pixelSize: Theme.fontSizeTitle
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }

        Label {
            textFormat: Text.PlainText
            width: parent.width
            text: root.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeSmall
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }
    }
}
