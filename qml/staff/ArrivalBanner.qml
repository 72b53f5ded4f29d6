pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// "A flagged intake just arrived": who, the outcome, Open and Dismiss. Shown until dismissed or
// opened; the chime sounds once as it appears (ArrivalChime).
Rectangle {
    id: root

    visible: ReviewQueueModel.arrivalShown
    implicitHeight: visible ? layout.implicitHeight + 2 * Theme.spacingS : 0
    radius: Theme.radiusM
    color: Theme.reviewSurface
    border.color: Theme.reviewText
    border.width: Theme.controlBorderWidth

    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingS

        OutcomeIcon {
            Layout.alignment: Qt.AlignTop
            kind: "review"
            color: Theme.reviewText
        }
        // The outcome under the name, and the buttons under it, sharing the width: side by side
        // they do not fit the queue's column of a 1280-pixel screen.
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXS
            Text {
                id: message
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Banner when a kiosk sends an intake with flags; %1 is the client's name
                text: qsTr("New intake to review: %1").arg(ReviewQueueModel.arrivalClientName)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
                font.bold: true
                color: Theme.reviewText
                wrapMode: Text.WordWrap
            }
            OutcomeBadge {
                outcome: ReviewQueueModel.arrivalOutcome
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXS
                // the same width each
                SecondaryButton {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    implicitHeight: Theme.consoleControlHeight
                    //: Opens the intake that just arrived
                    text: qsTr("Open")
                    onClicked: {
                        IntakeDetail.open(ReviewQueueModel.arrivalUuid);
                        ReviewQueueModel.dismissArrival();
                    }
                }
                SecondaryButton {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    implicitHeight: Theme.consoleControlHeight
                    text: qsTr("Dismiss")
                    onClicked: ReviewQueueModel.dismissArrival()
                }
            }
        }
    }
}
