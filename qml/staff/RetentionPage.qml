pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// Data retention (administrators only): how long the console keeps an intake and what it keeps
// longer; beside it, a new period and a purge now of what is past it. The console also purges
// by itself each day.
Item {
    id: root

    function save() {
        if (RetentionSettings.save(days.text))
            days.text = "";
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
                id: about
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                contentHeight: aboutColumn.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds

                Column {
                    id: aboutColumn
                    width: about.width
                    spacing: Theme.spacingS

                    PageTitle {
                        width: parent.width
                        text: qsTr("Data retention")
                    }
                    BodyText {
                        width: parent.width
                        strong: true
                        //: %1 is the number of days the console keeps an intake (30 or more)
                        text: qsTr("This console keeps each intake for %1 days after the client finished it.").arg(RetentionSettings.days)
                    }
                    BodyText {
                        width: parent.width
                        text: qsTr("Then it deletes the intake with its decisions and their notes, once a day and when it starts. It keeps an intake longer while it waits for review, and while the date its treatment was rescheduled to is still to come. The audit log keeps who viewed and decided what, and when, without the client’s details.")
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
                        //: Heading of the form that sets how long intakes are kept
                        text: qsTr("Change the period")
                    }
                    FieldLabel {
                        width: parent.width
                        text: qsTr("Days to keep an intake")
                    }
                    Row {
                        width: parent.width
                        spacing: Theme.spacingS

                        FormTextField {
                            id: days
                            width: Theme.consoleNumberFieldWidth
                            inputMethodHints: Qt.ImhDigitsOnly
                            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,4}/ }
                            placeholderText: RetentionSettings.days
                            attention: RetentionSettings.lastError !== ""
                            Accessible.name: qsTr("Days to keep an intake")
                            onAccepted: root.save()
                        }
                        PrimaryButton {
                            width: parent.width - days.width - parent.spacing
                            implicitHeight: Theme.controlHeight
                            text: qsTr("Save")
                            onClicked: root.save()
                        }
                    }
                    BodyText {
                        width: parent.width
                        //: Under the field for the retention period; %1 and %2 are the limits, %3 the default
                        text: qsTr("From %1 to %2 days; %3 unless an administrator changes it.").arg(RetentionSettings.minimumDays).arg(RetentionSettings.maximumDays).arg(RetentionSettings.defaultDays)
                    }
                    SecondaryButton {
                        width: parent.width
                        implicitHeight: Theme.consoleControlHeight
                        //: Deletes now the intakes older than the retention period (the console also does it daily)
                        text: qsTr("Delete expired intakes now")
                        onClicked: RetentionSettings.purgeNow()
                    }
                    FieldMessage {
                        width: parent.width
                        text: RetentionSettings.lastError
                    }
                    BodyText {
                        width: parent.width
                        visible: RetentionSettings.lastMessage !== ""
                        strong: true
                        text: RetentionSettings.lastMessage
                    }
                }
            }
        }
    }
}
