pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// A kiosk paired with this console (or formerly): its name, where it stands (waiting for
// approval, paired, rejected, unpaired) and since when, its key fingerprint while paired, and
// Unpair for an approved one.
Rectangle {
    id: root

    required property var kiosk
    readonly property var locale: Qt.locale(UiLanguage.language)

    // approved and not unpaired: its summaries are stored
    readonly property bool active: root.kiosk.paired && root.kiosk.approval === "approved"

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radiusM
    color: root.kiosk.awaitingApproval ? Theme.reviewSurface : (root.active ? Theme.surface : Theme.background)
    border.color: root.kiosk.awaitingApproval ? Theme.reviewText : Theme.border
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
                font.bold: root.active || root.kiosk.awaitingApproval
                color: root.active || root.kiosk.awaitingApproval ? Theme.text : Theme.textMuted
                wrapMode: Text.WordWrap
            }
            BodyText {
                width: parent.width
                color: root.kiosk.awaitingApproval ? Theme.reviewText : Theme.textMuted
                text: !root.kiosk.paired
                      ? qsTr("Unpaired %1").arg(root.kiosk.revokedAt.toLocaleString(root.locale, Locale.ShortFormat))
                      : root.kiosk.awaitingApproval
                        //: A kiosk that used a pairing code and is not approved yet, e.g. "Waiting for approval since 25/11/2026 10:42"
                        ? qsTr("Waiting for approval since %1").arg(root.kiosk.pairedAt.toLocaleString(root.locale, Locale.ShortFormat))
                        : root.kiosk.approval === "rejected"
                          //: A kiosk an administrator rejected, e.g. "Rejected 25/11/2026 10:45 by Dana"
                          ? qsTr("Rejected %1 by %2").arg(root.kiosk.decidedAt.toLocaleString(root.locale, Locale.ShortFormat)).arg(root.kiosk.decidedBy)
                          //: When a kiosk was paired, e.g. "Paired 25/11/2026 08:02"
                          : qsTr("Paired %1").arg(root.kiosk.pairedAt.toLocaleString(root.locale, Locale.ShortFormat))
            }
            BodyText {
                width: parent.width
                visible: root.kiosk.paired && root.kiosk.fingerprint !== ""
                // the fingerprint's groups kept on one line, to read as one
                //: The fingerprint of the kiosk's key follows, e.g. "Key fingerprint: 3F9A 12BC 77D0 E4A1"
                text: qsTr("Key fingerprint: %1").arg(root.kiosk.fingerprint.replace(/ /g, "\u00a0"))
            }
        }
        SecondaryButton {
            visible: root.active
            implicitHeight: Theme.consoleControlHeight
            //: Unpairs a kiosk: its requests are refused from now on
            text: qsTr("Unpair")
            Accessible.name: qsTr("Unpair %1").arg(root.kiosk.name)
            onClicked: PairingController.unpair(root.kiosk.id)
        }
    }
}
