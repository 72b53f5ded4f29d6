pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// Pairing kiosks: a one-time pairing code as text and as a QR code for the kiosk's admin
// screen (or intake-cli pair), gone once a kiosk has used it; the kiosks that wait for approval,
// with their key fingerprints, to approve or reject; and the kiosks paired so far with Unpair.
Item {
    id: root

    readonly property var locale: Qt.locale(UiLanguage.language)

    // A new code scrolls into view (on a 1280x800 screen it is below the explanation), once the
    // column has laid it out; so does a code already issued when the page opens.
    Component.onCompleted: {
        if (PairingController.code !== "")
            revealCode.restart();
    }
    Connections {
        target: PairingController

        function onCodeChanged() {
            if (PairingController.code !== "")
                revealCode.restart();
        }
    }
    Timer {
        id: revealCode

        interval: Theme.durationShort
        onTriggered: flick.contentY = Math.max(0, Math.min(codeRow.y - Theme.spacingS, flick.contentHeight - flick.height))
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radiusL
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            Flickable {
                id: flick
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                contentHeight: column.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds

                Column {
                    id: column
                    width: flick.width
                    spacing: Theme.spacingS

                    // first: a kiosk that used a code is what staff must act on now
                    Repeater {
                        model: PairingController.pendingKiosks
                        delegate: PendingKioskCard {
                            required property var modelData
                            width: column.width
                            kiosk: modelData
                        }
                    }
                    PageTitle {
                        width: parent.width
                        text: qsTr("Pair a kiosk")
                    }
                    BodyText {
                        width: parent.width
                        text: qsTr("On the kiosk’s staff screen, tap “Pair with the staff console” and type the short code: the kiosk finds this console on the network and shows its fingerprint, which must be the one below. (Or give the full code to intake-cli pair.) A code works once, for 10 minutes, and only while it is on this screen. The kiosk then waits here for an administrator’s approval.")
                    }
                    BodyText {
                        width: parent.width
                        strong: true
                        text: PairingController.endpoint !== ""
                              //: Where kiosks reach this console, e.g. "This console: 192.168.1.20:8443"
                              ? qsTr("This console: %1").arg(PairingController.endpoint)
                              : qsTr("This console is not receiving: kiosks cannot reach it. Check the address it listens on (--listen).")
                    }
                    PrimaryButton {
                        implicitHeight: Theme.controlHeight
                        enabled: PairingController.endpoint !== ""
                        text: PairingController.code === "" ? qsTr("New pairing code") : qsTr("Another pairing code")
                        onClicked: PairingController.issueCode()
                    }
                    FieldMessage {
                        width: parent.width
                        text: PairingController.lastError
                    }
                    Row {
                        id: codeRow

                        visible: PairingController.code !== ""
                        width: parent.width
                        spacing: Theme.spacingM

                        Image {
                            width: Theme.qrCodeSize
                            height: Theme.qrCodeSize
                            source: PairingController.qrSource
                            smooth: false
                            cache: false
                            fillMode: Image.PreserveAspectFit
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("The pairing code as a QR code")
                        }
                        Column {
                            width: parent.width - Theme.qrCodeSize - Theme.spacingM
                            spacing: Theme.spacingXS
                            FieldLabel {
                                width: parent.width
                                //: Above the short pairing code, which staff type on the kiosk.
                                text: qsTr("Short code to type on the kiosk")
                            }
                            Label {
                                objectName: "shortPairingCode"
                                width: parent.width
                                textFormat: Text.PlainText
                                text: PairingController.shortCode
                                font.family: "DejaVu Sans Mono"
                                font.pixelSize: Theme.fontSizeTitle
                                font.bold: true
                                color: Theme.heading
                                Accessible.role: Accessible.StaticText
                                //: Accessible name of the short pairing code; %1 is the code.
                                Accessible.name: qsTr("Short pairing code: %1").arg(text)
                            }
                            FieldLabel {
                                width: parent.width
                                //: Above this console's certificate fingerprint, which the kiosk shows too before it pairs.
                                text: qsTr("Fingerprint the kiosk must show")
                            }
                            Label {
                                objectName: "pairingFingerprint"
                                width: parent.width
                                textFormat: Text.PlainText
                                text: PairingController.fingerprintForPeople
                                font.family: "DejaVu Sans Mono"
                                font.pixelSize: Theme.fontSizeBody
                                font.bold: true
                                color: Theme.heading
                                wrapMode: Text.WordWrap
                                Accessible.role: Accessible.StaticText
                                //: Accessible name of this console's fingerprint beside the short code; %1 is five groups of four letters and digits.
                                Accessible.name: qsTr("Console fingerprint: %1").arg(text)
                            }
                            FieldLabel {
                                width: parent.width
                                //: Above the long pairing code (also in the QR code), for intake-cli pair.
                                text: qsTr("Full code (the QR code; intake-cli pair)")
                            }
                            TextEdit {
                                width: parent.width
                                readOnly: true
                                selectByMouse: true
                                text: PairingController.code
                                wrapMode: TextEdit.WrapAnywhere
                                font.family: "DejaVu Sans Mono"
                                font.pixelSize: Theme.fontSizeSmall
                                color: Theme.text
                                Accessible.role: Accessible.StaticText
                                Accessible.name: qsTr("Pairing code")
                            }
                            BodyText {
                                width: parent.width
                                //: When the pairing code stops working, e.g. "Valid until 10:42"
                                text: qsTr("Valid until %1").arg(PairingController.codeExpiresAt.toLocaleTimeString(root.locale, Locale.ShortFormat))
                            }
                        }
                    }
                    BodyText {
                        width: parent.width
                        visible: PairingController.fingerprint !== ""
                        //: The console certificate's SHA-256 fingerprint follows
                        text: qsTr("Certificate fingerprint: %1").arg(PairingController.fingerprint)
                        wrapMode: Text.WrapAnywhere
                    }
                }
            }
        }

        Rectangle {
            Layout.preferredWidth: Math.min(Theme.consoleQueueWidth, root.width * 0.42)
            Layout.fillHeight: true
            radius: Theme.radiusL
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingS

                PageTitle {
                    Layout.fillWidth: true
                    text: qsTr("Paired kiosks")
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Unpairing takes effect at once: the kiosk's next summary is refused, and it keeps its intakes until it is paired again.")
                }
                ListView {
                    id: kiosks
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacingXS
                    model: PairingController.kiosks
                    delegate: KioskRow {
                        required property var modelData
                        width: kiosks.width
                        kiosk: modelData
                    }
                    BodyText {
                        anchors.centerIn: parent
                        visible: kiosks.count === 0
                        text: qsTr("No kiosk is paired yet.")
                    }
                }
            }
        }
    }
}
