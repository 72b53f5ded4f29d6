pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Kiosk

// English / Español, as a two-segment switch. Each language is named in its own language so a
// client who does not read the current one still finds theirs. The choice goes to the C++
// UiLanguage, which loads the translation and re-translates every screen.
Rectangle {
    id: root

    // The languages the kiosk ships; a code here must have a translation in UiLanguage.
    readonly property var languages: [
        //: The English language, named in English so that English speakers find it. Keep as is.
        { code: "en", name: qsTr("English") },
        //: The Spanish language, named in Spanish so that Spanish speakers find it. Keep as is.
        { code: "es", name: qsTr("Español") }
    ]

    implicitWidth: segments.implicitWidth + 2 * Theme.switchInset
    implicitHeight: segments.implicitHeight + 2 * Theme.switchInset
    radius: height / 2
    color: Theme.surface
    border.color: Theme.borderStrong
    border.width: Theme.controlBorderWidth

    Accessible.role: Accessible.Grouping
    //: Accessible name of the language switch, read by screen readers.
    Accessible.name: qsTr("Language")

    RowLayout {
        id: segments

        anchors.centerIn: parent
        spacing: 0

        Repeater {
            model: root.languages

            delegate: Button {
                id: option

                required property var modelData
                readonly property bool selected: UiLanguage.language === option.modelData.code

                Layout.preferredWidth: Math.max(Theme.controlMinWidth, option.implicitContentWidth + option.leftPadding + option.rightPadding)
                Layout.preferredHeight: Theme.controlHeight
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                text: option.modelData.name
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
                font.bold: option.selected

                Accessible.role: Accessible.RadioButton
                Accessible.name: option.text
                Accessible.checkable: true
                Accessible.checked: option.selected

                onClicked: UiLanguage.language = option.modelData.code

                contentItem: Text {
                    textFormat: Text.PlainText
                    text: option.text
                    font: option.font
                    color: option.selected ? Theme.textOnPrimary : Theme.primary
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }

                background: Rectangle {
                    radius: height / 2
                    color: option.selected ? (option.down ? Theme.primaryPressed : Theme.primary)
                                           : (option.down ? Theme.surfaceTinted : "transparent")
                    border.color: Theme.focusRing
                    border.width: option.visualFocus ? Theme.focusRingWidth : 0

                    Behavior on color {
                        ColorAnimation { duration: Theme.durationShort }
                    }
                }
            }
        }
    }
}
