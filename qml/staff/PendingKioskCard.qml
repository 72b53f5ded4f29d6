pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// A kiosk that has used a pairing code and waits for approval: its name, when it paired and its
// key fingerprint, for staff to compare with the one on the kiosk's staff screen; Approve and
// Reject for an administrator (PairingController checks who may). Its summaries are refused
// until it is approved.
Rectangle {
    id: root

    // One of PairingController.pendingKiosks.
    required property var kiosk
    readonly property var locale: Qt.locale(UiLanguage.language)

    implicitHeight: column.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radiusM
    color: Theme.reviewSurface
    border.color: Theme.reviewText
    border.width: Theme.borderWidth

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingXS

        Text {
            textFormat: Text.PlainText
            width: parent.width
            //: A kiosk that used a pairing code and is not approved yet, e.g. "“Front tablet” waits for approval"
            text: qsTr("“%1” waits for approval").arg(root.kiosk.name)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeBody
            font.bold: true
            color: Theme.reviewText
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        BodyText {
            width: parent.width
            strong: true
            //: When the kiosk used the pairing code, e.g. "Paired 25/11/2026 10:42 with a pairing code of this console."
            text: qsTr("Paired %1 with a pairing code of this console.").arg(root.kiosk.pairedAt.toLocaleString(root.locale, Locale.ShortFormat))
        }
        BodyText {
            width: parent.width
            strong: true
            //: The fingerprint of the kiosk's key follows, e.g. "Key fingerprint: 3F9A 12BC 77D0 E4A1"
            text: qsTr("Key fingerprint: %1").arg(root.kiosk.fingerprint)
            font.family: "DejaVu Sans Mono"
            font.pixelSize: Theme.fontSizeBody
        }
        BodyText {
            width: parent.width
            strong: true
            text: qsTr("Compare it with the key fingerprint on the kiosk’s staff screen, under Sync. Approve only a kiosk you are setting up and whose fingerprint matches: until then its summaries are refused and wait on the kiosk.")
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingS
            visible: StaffSession.isAdmin

            SecondaryButton {
                implicitHeight: Theme.consoleControlHeight
                //: Approves a kiosk waiting for approval: its summaries are accepted from now on
                text: qsTr("Approve")
                Accessible.name: qsTr("Approve %1").arg(root.kiosk.name)
                onClicked: PairingController.approve(root.kiosk.id)
            }
            SecondaryButton {
                implicitHeight: Theme.consoleControlHeight
                //: Rejects a kiosk waiting for approval: its requests are refused for good
                text: qsTr("Reject")
                Accessible.name: qsTr("Reject %1").arg(root.kiosk.name)
                onClicked: PairingController.reject(root.kiosk.id)
            }
        }
        BodyText {
            width: parent.width
            visible: !StaffSession.isAdmin
            text: qsTr("An administrator approves or rejects new kiosks.")
        }
    }
}
