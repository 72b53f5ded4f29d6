pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic

// Why a field or a question cannot be accepted yet, right under it: a "!" badge and the
// view-model's message, on a warm tint. Takes no room when there is no message. Set its width;
// its height follows the text.
Rectangle {
    id: root

    // The message to show; empty hides the whole thing.
    property string text

    visible: root.text !== ""
    implicitWidth: badge.width + message.implicitWidth + 2 * Theme.spacingS + Theme.spacingXS
    implicitHeight: root.visible ? message.height + 2 * Theme.spacingXS : 0
    radius: Theme.radiusS
    color: Theme.attentionSurface

    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text
    Accessible.ignored: !root.visible

    Rectangle {
        id: badge

        x: Theme.spacingS
        // Level with the first line of the message.
        y: Theme.spacingXS + Math.max(0, (message.font.pixelSize * Theme.lineHeight - height) / 2)
        width: Theme.iconSize
        height: Theme.iconSize
        radius: width / 2
        color: Theme.attention

        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: "!"
            color: Theme.textOnPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeSmall
            font.bold: true
            Accessible.ignored: true
        }
    }

    Label {
        id: message

        textFormat: Text.PlainText
        x: badge.x + badge.width + Theme.spacingXS
        y: Theme.spacingXS
        width: root.width - message.x - Theme.spacingS
        text: root.text
        color: Theme.attention
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.WordWrap
        Accessible.ignored: true
    }
}
