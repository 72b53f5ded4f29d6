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
        Column {
            Layout.fillWidth: true
            spacing: Theme.spacingXS
            Text {
                id: message
                width: parent.width
                //: Banner when a kiosk sends an intake with flags; %1 is the client's name
                text: qsTr("New intake to review: %1").arg(ReviewQueueModel.arrivalClientName)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
                font.bold: true
                color: Theme.reviewText
                wrapMode: Text.WordWrap
            }
            Row {
                spacing: Theme.spacingXS
                OutcomeBadge {
                    anchors.verticalCenter: parent.verticalCenter
                    outcome: ReviewQueueModel.arrivalOutcome
                }
                SecondaryButton {
                    implicitHeight: Theme.consoleControlHeight
                    //: Opens the intake that just arrived
                    text: qsTr("Open")
                    onClicked: {
                        IntakeDetail.open(ReviewQueueModel.arrivalUuid);
                        ReviewQueueModel.dismissArrival();
                    }
                }
                SecondaryButton {
                    implicitHeight: Theme.consoleControlHeight
                    text: qsTr("Dismiss")
                    onClicked: ReviewQueueModel.dismissArrival()
                }
            }
        }
    }
}
