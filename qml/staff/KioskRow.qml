pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// A kiosk paired with this console (or formerly): its name, when it was paired, and Unpair.
Rectangle {
    id: root

    required property var kiosk
    readonly property var locale: Qt.locale(UiLanguage.language)

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radiusM
    color: root.kiosk.paired ? Theme.surface : Theme.background
    border.color: Theme.border
    border.width: Theme.borderWidth

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingS

        Column {
            Layout.fillWidth: true
            spacing: 2
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: root.kiosk.name
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeBody
                font.bold: root.kiosk.paired
                color: root.kiosk.paired ? Theme.text : Theme.textMuted
                wrapMode: Text.WordWrap
            }
            BodyText {
                width: parent.width
                text: root.kiosk.paired
                      //: When a kiosk was paired, e.g. "Paired 25/11/2026 08:02"
                      ? qsTr("Paired %1").arg(root.kiosk.pairedAt.toLocaleString(root.locale, Locale.ShortFormat))
                      : qsTr("Unpaired %1").arg(root.kiosk.revokedAt.toLocaleString(root.locale, Locale.ShortFormat))
            }
        }
        SecondaryButton {
            visible: root.kiosk.paired
            implicitHeight: Theme.consoleControlHeight
            //: Unpairs a kiosk: its requests are refused from now on
            text: qsTr("Unpair")
            Accessible.name: qsTr("Unpair %1").arg(root.kiosk.name)
            onClicked: PairingController.unpair(root.kiosk.id)
        }
    }
}
