pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Staff

// English / Español: two segments, the chosen one filled. Each language is named in itself.
Rectangle {
    id: root

    implicitWidth: row.implicitWidth + 2 * Theme.switchInset
    implicitHeight: Theme.consoleControlHeight + 2 * Theme.switchInset
    radius: height / 2
    color: Theme.surface
    border.color: Theme.borderStrong
    border.width: Theme.controlBorderWidth

    Row {
        id: row
        anchors.centerIn: parent

        Repeater {
            model: [
                { code: "en", name: "English" },
                { code: "es", name: "Español" }
            ]

            delegate: Button {
                id: segment

                required property var modelData
                readonly property bool chosen: UiLanguage.language === segment.modelData.code

                implicitHeight: Theme.consoleControlHeight
                implicitWidth: Math.max(Theme.controlMinWidth * 0.7, segment.implicitContentWidth + 2 * Theme.spacingS)
                text: segment.modelData.name
                Accessible.role: Accessible.RadioButton
                Accessible.name: segment.modelData.name
                Accessible.checkable: true
                Accessible.checked: segment.chosen
                onClicked: UiLanguage.language = segment.modelData.code

                contentItem: Text {
                    textFormat: Text.PlainText
                    text: segment.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSizeSmall
                    font.bold: segment.chosen
                    color: segment.chosen ? Theme.textOnPrimary : Theme.primary
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: height / 2
                    color: segment.chosen ? Theme.primary : "transparent"
                    border.color: Theme.focusRing
                    border.width: segment.visualFocus ? Theme.focusRingWidth : 0
                }
            }
        }
    }
}
