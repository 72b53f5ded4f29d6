pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// The signed-in console: a row of tabs (review queue, pairing, and for administrators staff
// users and data retention) with the arrival chime's switch, over the chosen screen; under the
// tabs, a banner while kiosks cannot reach the console, and a quiet notice when this computer
// cannot play the chime.
Item {
    id: root

    // 0 review queue, 1 pairing, 2 staff users, 3 data retention
    property int page: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.controlHeight + Theme.spacingXS
            color: Theme.surface

            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: Theme.borderWidth
                color: Theme.border
            }

            Row {
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingM
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacingS

                // On (filled, ticked) unless staff muted it; kept in the console's store.
                FilterChip {
                    anchors.verticalCenter: parent.verticalCenter
                    //: Switches the sound played when a flagged intake arrives on or off
                    text: qsTr("Arrival chime")
                    selected: !ArrivalChime.muted
                    Accessible.role: Accessible.CheckBox
                    onClicked: ArrivalChime.muted = !ArrivalChime.muted
                }
                SecondaryButton {
                    visible: StaffSession.isAdmin
                    implicitHeight: Theme.consoleControlHeight
                    //: Signs out and closes the encrypted store (the lock screen follows)
                    text: qsTr("Lock the console")
                    onClicked: StaffSession.lock()
                }
            }

            Row {
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacingM
                anchors.bottom: parent.bottom
                spacing: Theme.spacingXS

                NavButton {
                    text: qsTr("Review queue")
                    count: ReviewQueueModel.unreviewedIntakes
                    selected: root.page === 0
                    onClicked: root.page = 0
                }
                NavButton {
                    //: The screen where kiosks are paired with this console
                    text: qsTr("Pairing")
                    // kiosks waiting for approval: so that a kiosk paired with a copied code is noticed
                    count: PairingController.pendingCount
                    selected: root.page === 1
                    onClicked: {
                        PairingController.refreshKiosks();
                        root.page = 1;
                    }
                }
                NavButton {
                    visible: StaffSession.isAdmin
                    text: qsTr("Staff users")
                    selected: root.page === 2
                    onClicked: {
                        StaffAdmin.refresh();
                        root.page = 2;
                    }
                }
                NavButton {
                    visible: StaffSession.isAdmin
                    //: The screen where administrators choose how long the console keeps intakes
                    text: qsTr("Data retention")
                    selected: root.page === 3
                    onClicked: {
                        RetentionSettings.refresh();
                        root.page = 3;
                    }
                }
            }
        }

        // Kiosks cannot reach the console: staff should know, and what to do.
        Rectangle {
            Layout.fillWidth: true
            visible: ReceiverStatus.notAccepting
            implicitHeight: receiverText.implicitHeight + 2 * Theme.spacingS
            color: Theme.attentionSurface

            Accessible.role: Accessible.AlertMessage
            Accessible.name: receiverText.text

            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: Theme.controlBorderWidth
                color: Theme.attention
            }

            Text {
                id: receiverText
                textFormat: Text.PlainText
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingM
                anchors.topMargin: Theme.spacingS
                anchors.bottomMargin: Theme.spacingS
                //: Banner while the console's receiver listens but takes up no connection (for example when something on the network holds every connection slot)
                text: qsTr("Kiosks cannot reach this console right now: it has stopped accepting connections. Their intakes wait on the kiosks and arrive once it accepts again. If this lasts more than a few minutes, call your IT contact: something on the clinic's network may be holding the connections.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
                font.bold: true
                color: Theme.attention
                wrapMode: Text.WordWrap
                lineHeight: Theme.lineHeight
            }
        }

        Rectangle {
            Layout.fillWidth: true
            visible: ArrivalChime.noOutputNotice
            implicitHeight: noticeRow.implicitHeight + 2 * Theme.spacingXS
            color: Theme.surfaceTinted

            RowLayout {
                id: noticeRow
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingM
                anchors.topMargin: Theme.spacingXS
                anchors.bottomMargin: Theme.spacingXS
                spacing: Theme.spacingS

                BodyText {
                    Layout.fillWidth: true
                    //: A quiet notice when the computer has no speaker or sound system
                    text: qsTr("This computer has no sound output, so the arrival chime cannot be heard. Flagged intakes still show in the review queue as they arrive.")
                }
                SecondaryButton {
                    implicitHeight: Theme.consoleControlHeight
                    text: qsTr("Dismiss")
                    Accessible.name: qsTr("Dismiss the notice about the chime")
                    onClicked: ArrivalChime.dismissNoOutputNotice()
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.page

            ReviewQueuePage {}
            PairingPage {}
            StaffUsersPage {}
            RetentionPage {}
        }
    }
}
