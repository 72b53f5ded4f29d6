pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// Staff users (administrators only): everyone who may sign in, and a form to add someone.
Item {
    id: root

    function add() {
        if (StaffAdmin.addStaff(name.text, pin.text, repeated.text, admin.checked)) {
            name.text = "";
            admin.checked = false;
        }
        pin.text = "";
        repeated.text = "";
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

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingS

                PageTitle {
                    Layout.fillWidth: true
                    text: qsTr("Staff users")
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Everyone signs in with their own name and PIN. A disabled user can no longer sign in; their decisions stay on record.")
                }
                ListView {
                    id: users
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacingXS
                    model: StaffAdmin.users
                    delegate: StaffUserRow {
                        required property var modelData
                        width: users.width
                        user: modelData
                    }
                }
            }
        }

        Rectangle {
            Layout.preferredWidth: Math.min(Theme.consoleQueueWidth, root.width * 0.45)
            Layout.fillHeight: true
            radius: Theme.radiusL
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            Flickable {
                id: flick
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                contentHeight: form.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds

                Column {
                    id: form
                    width: flick.width
                    spacing: Theme.spacingS

                    PageTitle {
                        width: parent.width
                        text: qsTr("Add a staff member")
                    }
                    FieldLabel {
                        width: parent.width
                        text: qsTr("Name")
                    }
                    FormTextField {
                        id: name
                        width: parent.width
                        Accessible.name: qsTr("Name")
                    }
                    // The PIN and its repetition side by side.
                    Row {
                        width: parent.width
                        spacing: Theme.spacingS

                        Column {
                            width: (parent.width - Theme.spacingS) / 2
                            spacing: Theme.spacingS
                            FieldLabel {
                                width: parent.width
                                text: qsTr("PIN")
                            }
                            FormTextField {
                                id: pin
                                width: parent.width
                                echoMode: TextInput.Password
                                inputMethodHints: Qt.ImhDigitsOnly
                                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                                Accessible.name: qsTr("PIN")
                            }
                        }
                        Column {
                            width: (parent.width - Theme.spacingS) / 2
                            spacing: Theme.spacingS
                            FieldLabel {
                                width: parent.width
                                text: qsTr("The same PIN again")
                            }
                            FormTextField {
                                id: repeated
                                width: parent.width
                                echoMode: TextInput.Password
                                inputMethodHints: Qt.ImhDigitsOnly
                                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                                Accessible.name: qsTr("The same PIN again")
                                onAccepted: root.add()
                            }
                        }
                    }
                    BodyText {
                        width: parent.width
                        //: Under the PIN fields of a new staff member
                        text: qsTr("A PIN has 4 to 12 digits. Give it to the person privately.")
                    }
                    FormCheckBox {
                        id: admin
                        width: parent.width
                        text: qsTr("Administrator (may add and disable staff)")
                    }
                    FieldMessage {
                        width: parent.width
                        text: StaffAdmin.lastError
                    }
                    BodyText {
                        width: parent.width
                        visible: StaffAdmin.lastMessage !== ""
                        strong: true
                        text: StaffAdmin.lastMessage
                    }
                    PrimaryButton {
                        width: parent.width
                        implicitHeight: Theme.controlHeight
                        text: qsTr("Add staff member")
                        onClicked: root.add()
                    }
                }
            }
        }
    }
}
