pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Kiosk

// What the kiosk shows while its store is locked, over everything else: a calm notice for a
// client, and for staff the passphrase field (or, for a store opened with a key file, the
// reason it did not open and "Try again"). Every touch stops here.
Page {
    id: root

    readonly property bool portrait: root.height > root.width

    function unlock() {
        KioskStore.unlock(passphrase.text);
        // The store copied it into locked memory; no copy stays in the field.
        passphrase.clear();
    }

    // Nothing underneath keeps the keyboard focus (or the on-screen keyboard) while locked.
    onVisibleChanged: {
        if (root.visible)
            root.forceActiveFocus();
    }

    padding: 0
    background: WaveBackdrop {
        waveHeight: root.portrait ? Theme.waveHeight : Theme.waveHeightCompact
    }

    Accessible.role: Accessible.Pane
    //: Accessible name of the lock screen, read by screen readers.
    Accessible.name: qsTr("This kiosk is locked")

    // Touches do not pass to the screens underneath.
    MouseArea {
        anchors.fill: parent
        Accessible.ignored: true
    }

    Flickable {
        id: scroller

        anchors.fill: parent
        clip: true
        contentWidth: scroller.width
        contentHeight: Math.max(scroller.height, content.height + 2 * Theme.spacingXL)
        interactive: scroller.contentHeight > scroller.height
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content

            width: Math.min(scroller.width - 2 * Theme.pageMarginPortrait, Theme.dialogWidthWide)
            x: (scroller.width - content.width) / 2
            y: Math.max(Theme.spacingXL, (scroller.height - content.height) / 2)
            spacing: Theme.spacingM

            BrandMark {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.badgeSize * 2
                height: Theme.badgeSize * 2
            }

            Label {
                textFormat: Text.PlainText
                width: content.width
                //: The clinic's name, a proper name: keep it as it is.
                text: qsTr("Blue Haven Medical Spa")
                color: Theme.heading
                font.family: Theme.headingFontFamily
                font.pixelSize: Theme.fontSizeBrand
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }

            Label {
                textFormat: Text.PlainText
                width: content.width
                topPadding: Theme.spacingS
                //: Heading of the lock screen: the kiosk cannot be used until staff unlock it.
                text: qsTr("This kiosk is locked")
                color: Theme.heading
                font.family: Theme.headingFontFamily
                font.pixelSize: Theme.fontSizeTitle
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                textFormat: Text.PlainText
                width: content.width
                //: Under "This kiosk is locked", for a client who finds the kiosk locked.
                text: qsTr("Please ask at the front desk.")
                color: Theme.text
                font.pixelSize: Theme.fontSizeLead
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }

            Card {
                width: content.width

                Column {
                    id: staff

                    width: parent.width
                    spacing: Theme.spacingS

                    FieldLabel {
                        width: staff.width
                        //: Heading of the part of the lock screen meant for staff.
                        text: qsTr("For staff")
                    }

                    // Passphrase stores: staff type the passphrase.
                    // Field and button only (no wrapping text): a layout is safe here.
                    RowLayout {
                        width: staff.width
                        visible: !KioskStore.usesKeyFile
                        spacing: Theme.spacingS

                        FormTextField {
                            id: passphrase

                            objectName: "passphraseField"
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            // Never learnt, predicted or capitalised by the on-screen keyboard.
                            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                            //: Placeholder of the staff passphrase field on the lock screen.
                            placeholderText: qsTr("Store passphrase")
                            //: Accessible name of the staff passphrase field on the lock screen.
                            Accessible.name: qsTr("Store passphrase")
                            Accessible.passwordEdit: true
                            onAccepted: root.unlock()
                        }

                        PrimaryButton {
                            objectName: "unlockButton"
                            implicitWidth: Math.max(Theme.controlMinWidth,
                                                    implicitContentWidth + leftPadding + rightPadding)
                            implicitHeight: Theme.fieldHeight
                            leftPadding: Theme.spacingM
                            rightPadding: Theme.spacingM
                            //: Lock screen, for staff: opens the kiosk's store (with the passphrase, or
                            //: with the key file when the store uses one).
                            text: qsTr("Unlock")
                            onClicked: root.unlock()
                        }
                    }

                    // Key-file stores open by themselves; staff see why one did not.
                    Label {
                        textFormat: Text.PlainText
                        width: staff.width
                        visible: KioskStore.usesKeyFile && KioskStore.lastError === ""
                        //: Lock screen, for staff, when the store opens with this kiosk's key file.
                        text: qsTr("The store opens with this kiosk's key file.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall
                        wrapMode: Text.WordWrap
                    }

                    FieldMessage {
                        width: staff.width
                        text: KioskStore.lastError
                    }

                    SecondaryButton {
                        objectName: "tryAgainButton"
                        visible: KioskStore.usesKeyFile
                        text: KioskStore.lastError !== ""
                              //: Lock screen, key-file store: opens the store again after it failed.
                              ? qsTr("Try again")
                              : qsTr("Unlock")
                        onClicked: KioskStore.unlockWithKeyFile()
                    }
                }
            }
        }
    }
}
