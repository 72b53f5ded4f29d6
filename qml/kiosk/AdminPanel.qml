pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
// Overlay (the window's layer for popups) is declared by the templates, not re-exported by Basic.
import QtQuick.Templates as T
import Intake.Common
import Intake.Kiosk

// The small staff screen behind the PIN: a reminder when the PIN is too short, lock the store
// now, sync (status, send now, pairing), what to do with an intake whose save failed (retry, or
// discard after a second tap), and exit for staff. Shown by the window while
// AdminController.open. Staff read it, so it may name what failed. Taller than the window (all
// of that at once, in Spanish, in landscape), it scrolls. While the on-screen keyboard is up
// (above the dimmed window, Main.qml) it sits in the room left above it and scrolls the field
// being typed in into view; taps reach the keyboard, and nothing else outside the dialog.
ModalDialog {
    id: root

    // "Discard this intake" was tapped once; the next tap discards.
    property bool confirmingDiscard: false
    readonly property bool saveFailed: IntakeSession.saveState === IntakeSession.Failed
    // How much of the window's bottom the on-screen keyboard takes (0 while it is down; set by the window).
    property real keyboardHeight: 0
    // The height left for the dialog, above the keyboard.
    readonly property real roomHeight: root.parent ? root.parent.height - root.keyboardHeight : 0

    objectName: "adminPanel"
    width: Math.min(Theme.dialogWidthWide, root.parent ? root.parent.width - 2 * Theme.spacingM : Theme.dialogWidthWide)
    // as tall as the content, or the window allows (the scroll hint is a second child: the dialog
    // does not follow its one child's size by itself)
    contentHeight: scroller.implicitHeight
    z: 5
    // Not modal: a modal popup takes every tap outside itself, the on-screen keyboard's too,
    // which sits above the dimmed window (Main.qml). The dimmed window still takes no tap and
    // no wheel: its dimmer eats them, so nothing under the staff screen is reached.
    modal: false
    dim: true
    T.Overlay.modeless: Rectangle {
        color: Theme.scrim

        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.AllButtons
            onWheel: (wheel) => { wheel.accepted = true; }
        }
    }
    // centred in the room above the keyboard, rather than in the window
    anchors.centerIn: undefined
    x: root.parent ? Math.round((root.parent.width - root.width) / 2) : 0
    y: Math.round((root.roomHeight - root.implicitHeight) / 2)

    onAboutToShow: root.confirmingDiscard = false

    // The field being typed in stays in view, above the keyboard, with the row of buttons under
    // it (Pair and Cancel under the pairing code).
    function revealFocus() {
        const item = scroller.Window.activeFocusItem;
        let inside = false;
        for (let parentItem = item; parentItem && !inside; parentItem = parentItem.parent)
            inside = parentItem === content;
        if (!inside)
            return;
        const top = item.mapToItem(content, 0, 0).y - Theme.spacingM;
        const bottom = item.mapToItem(content, 0, item.height).y + Theme.spacingS + Theme.controlHeight + Theme.spacingM;
        if (top < scroller.contentY)
            scroller.contentY = Math.max(0, top);
        else if (bottom > scroller.contentY + scroller.height)
            scroller.contentY = Math.max(0, Math.min(scroller.contentHeight - scroller.height, bottom - scroller.height));
    }

    readonly property Item focusItem: scroller.Window.activeFocusItem
    onFocusItemChanged: revealTimer.restart()
    onKeyboardHeightChanged: revealTimer.restart()

    // Once the dialog has been laid out again (the keyboard just came up, a field just got focus).
    Timer {
        id: revealTimer

        interval: Theme.durationShort
        onTriggered: root.revealFocus()
    }

    Flickable {
        id: scroller

        width: parent.width
        implicitHeight: Math.min(content.height, root.parent ? root.roomHeight - 2 * Theme.spacingM - root.topPadding
                                                                - root.bottomPadding
                                                              : content.height)
        contentWidth: scroller.width
        contentHeight: content.height
        clip: true
        interactive: scroller.contentHeight > scroller.height
        boundsBehavior: Flickable.StopAtBounds
        // In the dialog's right padding, beside the content rather than over it.
        ScrollIndicator.vertical: ScrollHint {
            parent: scroller.parent
            anchors.top: scroller.top
            anchors.bottom: scroller.bottom
            anchors.left: scroller.right
            anchors.leftMargin: (root.rightPadding - Theme.scrollBarWidth) / 2
        }

        Column {
            id: content

            width: scroller.width
            spacing: Theme.spacingM

            Label {
                textFormat: Text.PlainText
                width: content.width
                //: Heading of the staff screen.
                text: qsTr("Staff")
                color: Theme.heading
                font.family: Theme.headingFontFamily
                font.pixelSize: Theme.fontSizeTitle
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            // A PIN set before 6 digits were required still opens this screen, with this reminder.
            FieldMessage {
                objectName: "shortPinNotice"
                width: content.width
                text: AdminController.pinTooShort
                      //: Staff screen, when the staff PIN that opened it is one of 4 or 5 digits from an earlier version. %1 is the fewest digits (6), %2 the most (12); "intake-cli set-admin-pin" is a command: keep it as it is.
                      ? qsTr("This staff PIN is too short. Please ask clinic IT to set a new one of %1 to %2 digits (intake-cli set-admin-pin).")
                            .arg(AdminController.shortestNewPin).arg(AdminController.longestPin)
                      : ""
            }

            // The store: its state, and the button that locks it.
            Item {
                width: content.width
                height: Math.max(storeState.height, lockButton.height)

                Label {
                    id: storeState

                    textFormat: Text.PlainText
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - lockButton.width - Theme.spacingM
                    text: KioskStore.locked
                          //: Staff screen: the state of the encrypted store.
                          ? qsTr("The store is locked.")
                          //: Staff screen: the state of the encrypted store.
                          : qsTr("The store is open.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSizeBody
                    wrapMode: Text.WordWrap
                }

                SecondaryButton {
                    id: lockButton

                    objectName: "lockStoreButton"
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    enabled: !KioskStore.locked
                    //: Staff screen: locks the encrypted store at once (it then needs the passphrase).
                    text: qsTr("Lock the store now")
                    onClicked: {
                        KioskStore.lock();
                        AdminController.close();
                    }
                }
            }

            Rectangle {
                width: content.width
                height: Theme.borderWidth
                color: Theme.border
            }

            SyncSection {
                width: content.width
            }

            Rectangle {
                width: content.width
                height: Theme.borderWidth
                color: Theme.border
                visible: root.saveFailed
            }

            // The intake whose save failed, if there is one.
            Rectangle {
                width: content.width
                height: failed.height + 2 * Theme.spacingM
                visible: root.saveFailed
                radius: Theme.radiusM
                color: Theme.attentionSurface

                Column {
                    id: failed

                    x: Theme.spacingM
                    y: Theme.spacingM
                    width: parent.width - 2 * Theme.spacingM
                    spacing: Theme.spacingS

                    Label {
                        textFormat: Text.PlainText
                        width: failed.width
                        //: Staff screen: the intake on the tablet could not be saved into the store.
                        text: qsTr("The last intake could not be saved. It is still on this tablet.")
                        color: Theme.attention
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSizeBody
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        width: failed.width
                        visible: KioskStore.lastError !== ""
                        text: KioskStore.lastError
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSizeSmall
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        width: failed.width
                        visible: root.confirmingDiscard
                        //: Staff screen: asked before an unsaved intake is thrown away.
                        text: qsTr("Discarding deletes the client's answers and signature. Tap again to discard.")
                        color: Theme.attention
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSizeSmall
                        wrapMode: Text.WordWrap
                    }
                    Flow {
                        width: failed.width
                        spacing: Theme.spacingS

                        SecondaryButton {
                            objectName: "retrySaveButton"
                            enabled: !KioskStore.locked
                            //: Staff screen: tries again to save the intake whose save failed.
                            text: qsTr("Retry saving")
                            onClicked: IntakeSession.retrySave()
                        }
                        SecondaryButton {
                            objectName: "discardIntakeButton"
                            text: root.confirmingDiscard
                                  //: Staff screen: second tap, confirms throwing away the unsaved intake.
                                  ? qsTr("Yes, discard it")
                                  //: Staff screen: throws away the intake whose save failed (asks first).
                                  : qsTr("Discard this intake")
                            onClicked: {
                                if (!root.confirmingDiscard) {
                                    root.confirmingDiscard = true;
                                    return;
                                }
                                IntakeSession.discard();
                                AdminController.close();
                            }
                        }
                    }
                }
            }

            Rectangle {
                width: content.width
                height: Theme.borderWidth
                color: Theme.border
            }

            Item {
                width: content.width
                height: Math.max(exitButton.height, closeButton.height)

                SecondaryButton {
                    id: exitButton

                    objectName: "exitKioskButton"
                    //: Staff screen: leaves the kiosk app (back to the tablet's desktop).
                    text: qsTr("Exit for staff")
                    onClicked: AdminController.exitKiosk()
                }

                PrimaryButton {
                    id: closeButton

                    objectName: "closeAdminButton"
                    anchors.right: parent.right
                    implicitHeight: Theme.controlHeight
                    implicitWidth: Math.max(Theme.controlMinWidth,
                                            closeButton.implicitContentWidth + closeButton.leftPadding + closeButton.rightPadding)
                    leftPadding: Theme.spacingM
                    rightPadding: Theme.spacingM
                    font.pixelSize: Theme.fontSizeBody
                    //: Staff screen: closes it and returns to the kiosk.
                    text: qsTr("Close")
                    onClicked: AdminController.close()
                }
            }
        }
    }
}
