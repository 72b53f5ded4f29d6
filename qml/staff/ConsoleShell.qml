pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// The signed-in console: a row of tabs (review queue, pairing, and for administrators staff
// users) over the chosen screen.
Item {
    id: root

    // 0 review queue, 1 pairing, 2 staff users
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

            SecondaryButton {
                visible: StaffSession.isAdmin
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingM
                anchors.verticalCenter: parent.verticalCenter
                implicitHeight: Theme.consoleControlHeight
                //: Signs out and closes the encrypted store (the lock screen follows)
                text: qsTr("Lock the console")
                onClicked: StaffSession.lock()
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
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.page

            ReviewQueuePage {}
            PairingPage {}
            StaffUsersPage {}
        }
    }
}
