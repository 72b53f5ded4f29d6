pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Kiosk

// The staff screen's sync part: paired with which staff console, this kiosk's key fingerprint
// and whether the console has approved it yet, summaries waiting, the last success and the last
// error, "Send now", and pairing with a code from the staff console: its short code (the kiosk
// then finds the console and shows its fingerprint, for staff to compare with the console's
// screen before pairing) or its full code. KioskSync does the work; this only shows it and
// forwards taps.
Column {
    id: root

    // The pairing code field is showing (staff tapped "Pair with the staff console").
    property bool enteringCode: false

    spacing: Theme.spacingS

    // The staff screen closed: a short code typed, or a console found for it, is not kept.
    Component.onDestruction: KioskSync.cancelPairing()

    Connections {
        target: KioskSync

        function onPaired() {
            root.enteringCode = false;
            codeField.text = "";
        }
        function onPairingChanged() {
            // the code is not kept on the screen once it is used, or the console found for it
            if (KioskSync.confirmingConsole)
                codeField.text = "";
        }
    }

    Label {
        textFormat: Text.PlainText
        width: root.width
        text: KioskSync.paired
              //: Staff screen: the kiosk sends its summaries to the staff console at this address (host:port).
              ? qsTr("Sync: paired with the staff console at %1").arg(KioskSync.consoleAddress)
              //: Staff screen: the kiosk is not connected to a staff console yet.
              : qsTr("Sync: not paired with a staff console")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeBody
        font.bold: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Label {
        textFormat: Text.PlainText
        width: root.width
        visible: KioskSync.keyFingerprint !== ""
        //: Staff screen: the fingerprint of this kiosk's key, which the staff console shows beside the kiosk for staff to compare; %1 is four groups of letters and digits.
        text: qsTr("Key fingerprint: %1").arg(KioskSync.keyFingerprint)
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Label {
        objectName: "approvalStatus"
        textFormat: Text.PlainText
        width: root.width
        visible: KioskSync.awaitingApproval || KioskSync.rejected
        text: KioskSync.rejected
              //: Staff screen: the staff console refused this kiosk; it has to be paired again.
              ? qsTr("The staff console rejected this kiosk. Its summaries stay here; pair it again with a new code from the console.")
              //: Staff screen: the kiosk is paired but an administrator at the front desk has not approved it yet.
              : qsTr("Waiting for approval at the front desk, where the staff console shows the same key fingerprint. Summaries stay here until then.")
        color: Theme.attention
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Label {
        textFormat: Text.PlainText
        width: root.width
        // before the worker has looked, the store's own count
        readonly property int waiting: KioskSync.backlog >= 0 ? KioskSync.backlog : KioskStore.pendingSync
        // English has no translation file for plurals: one string for one, one for the rest.
        text: waiting === 1
              //: Staff screen: one finished intake stored on the kiosk has not been sent yet.
              ? qsTr("1 intake summary waiting.")
              //: Staff screen: finished intakes stored on the kiosk that have not been sent yet; %1 is how many (0, 2 or more).
              : qsTr("%1 intake summaries waiting.").arg(waiting)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.WordWrap
    }

    Label {
        textFormat: Text.PlainText
        width: root.width
        // nothing is sent while the console waits to approve the kiosk, as said above
        visible: KioskSync.paired && !KioskSync.awaitingApproval && !KioskSync.rejected
        text: isNaN(KioskSync.lastSuccess.getTime())
              //: Staff screen: nothing has reached the staff console since the kiosk started.
              ? qsTr("Nothing sent since the kiosk started.")
              //: Staff screen: when the staff console last confirmed everything; %1 is a date and time.
              : qsTr("Last sent: %1").arg(KioskSync.lastSuccess.toLocaleString(Qt.locale(), Locale.ShortFormat))
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.WordWrap
    }

    Label {
        textFormat: Text.PlainText
        width: root.width
        // waiting for approval, or rejected, is said above in words of its own
        visible: KioskSync.paired && KioskSync.lastError !== "" && !KioskSync.awaitingApproval && !KioskSync.rejected
        //: Staff screen: why the last attempt to send failed; %1 is the reason (in English, from the sync engine).
        text: qsTr("Last error: %1").arg(KioskSync.lastError)
        color: Theme.attention
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.WordWrap
    }

    Flow {
        width: root.width
        spacing: Theme.spacingS
        visible: !root.enteringCode

        SecondaryButton {
            objectName: "syncNowButton"
            visible: KioskSync.paired
            enabled: KioskSync.running
            //: Staff screen: sends the waiting summaries to the staff console now.
            text: qsTr("Send now")
            onClicked: KioskSync.syncNow()
        }
        SecondaryButton {
            objectName: "pairButton"
            enabled: !KioskStore.locked
            text: KioskSync.paired
                  //: Staff screen: pairs the kiosk again, with a new code from the staff console.
                  ? qsTr("Pair again")
                  //: Staff screen: starts pairing the kiosk with the staff console (a code is entered next).
                  : qsTr("Pair with the staff console")
            onClicked: {
                root.enteringCode = true;
                codeField.forceActiveFocus();
            }
        }
    }

    Column {
        width: root.width
        spacing: Theme.spacingS
        visible: root.enteringCode && !KioskSync.confirmingConsole

        Label {
            textFormat: Text.PlainText
            width: parent.width
            //: Staff screen: where to find the pairing code. %1 is how many characters the short code has (10); "intake-pair:" stays as it is.
            text: qsTr("Type the short code the staff console shows under Pairing (%1 letters and digits), or its full code (intake-pair:…).")
                  .arg(KioskSync.shortCodeLength)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeSmall
            wrapMode: Text.WordWrap
        }
        FormTextField {
            id: codeField

            objectName: "pairingCodeField"
            width: parent.width
            enabled: !KioskSync.pairing && !KioskSync.findingConsole
            attention: KioskSync.pairingError !== ""
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            //: Staff screen: the field for the staff console's pairing code.
            Accessible.name: qsTr("Pairing code")
            onAccepted: KioskSync.pair(codeField.text)
        }
        FieldMessage {
            width: parent.width
            visible: KioskSync.pairingError !== ""
            text: KioskSync.pairingError
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingS

            SecondaryButton {
                objectName: "pairConfirmButton"
                enabled: !KioskSync.pairing && !KioskSync.findingConsole && codeField.text.trim() !== ""
                text: KioskSync.findingConsole
                      //: Staff screen: the kiosk is looking for the staff console on the network.
                      ? qsTr("Looking for the console…")
                      : KioskSync.pairing
                        //: Staff screen: pairing is in progress.
                        ? qsTr("Pairing…")
                        //: Staff screen: pairs with the code typed above.
                        : qsTr("Pair")
                onClicked: KioskSync.pair(codeField.text)
            }
            SecondaryButton {
                objectName: "pairCancelButton"
                enabled: !KioskSync.pairing
                //: Staff screen: closes the pairing code field without pairing.
                text: qsTr("Cancel")
                onClicked: {
                    KioskSync.cancelPairing();
                    root.enteringCode = false;
                    codeField.text = "";
                }
            }
        }
    }

    // The console found for the short code: its fingerprint, to compare with the console's screen.
    Rectangle {
        objectName: "consoleFound"
        width: root.width
        height: found.height + 2 * Theme.spacingM
        visible: root.enteringCode && KioskSync.confirmingConsole
        radius: Theme.radiusM
        color: Theme.surfaceTinted

        Column {
            id: found

            x: Theme.spacingM
            y: Theme.spacingM
            width: parent.width - 2 * Theme.spacingM
            spacing: Theme.spacingS

            Label {
                textFormat: Text.PlainText
                width: found.width
                //: Staff screen: the staff console that answered the short code; %1 is its address (host:port).
                text: qsTr("Staff console found at %1. Its fingerprint:").arg(KioskSync.foundConsoleAddress)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeBody
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "foundConsoleFingerprint"
                textFormat: Text.PlainText
                width: found.width
                text: KioskSync.foundConsoleFingerprint
                color: Theme.heading
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                wrapMode: Text.WordWrap
                //: Accessible name of the console's fingerprint on the kiosk's staff screen; %1 is five groups of four letters and digits.
                Accessible.name: qsTr("Console fingerprint: %1").arg(text)
                Accessible.role: Accessible.StaticText
            }
            Label {
                textFormat: Text.PlainText
                width: found.width
                //: Staff screen: what staff check before pairing with the console that answered.
                text: qsTr("Check that the staff console shows the same fingerprint beside the code. Pair only if they match.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
                wrapMode: Text.WordWrap
            }
            Flow {
                width: found.width
                spacing: Theme.spacingS

                SecondaryButton {
                    objectName: "confirmConsoleButton"
                    //: Staff screen: the fingerprints on the kiosk and the staff console are the same; pairs.
                    text: qsTr("They match: pair")
                    onClicked: KioskSync.confirmConsole()
                }
                SecondaryButton {
                    objectName: "rejectConsoleButton"
                    //: Staff screen: the fingerprints differ (or staff are unsure); nothing is paired.
                    text: qsTr("They differ: cancel")
                    onClicked: {
                        KioskSync.cancelPairing();
                        root.enteringCode = false;
                    }
                }
            }
        }
    }
}
