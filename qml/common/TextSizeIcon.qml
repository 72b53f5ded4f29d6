pragma ComponentBehavior: Bound

import QtQuick

// The usual sign for text size: a small and a large "A" side by side, on one baseline.
// Decoration: the control that shows it carries the meaning.
Item {
    id: root

    property color color: Theme.primary

    implicitWidth: small.width + 1 + large.width
    implicitHeight: large.height

    Accessible.ignored: true

    Text {
        id: small

        textFormat: Text.PlainText
        anchors.baseline: large.baseline
        text: "A"
        color: root.color
        font.family: Theme.headingFontFamily
        font.pixelSize: Math.round(Theme.fontSizeSmall * 0.8)
        font.bold: true
    }

    Text {
        id: large

        textFormat: Text.PlainText
        x: small.width + 1
        text: "A"
        color: root.color
        font.family: Theme.headingFontFamily
        font.pixelSize: Theme.fontSizeLead
        font.bold: true
    }
}
