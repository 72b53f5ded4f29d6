pragma ComponentBehavior: Bound

import QtQuick
import Intake.Common

// "Reviewed": a tick in a circle and the word, for an intake with a recorded decision.
Row {
    id: root

    spacing: Theme.spacingXXS

    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    OutcomeIcon {
        anchors.verticalCenter: parent.verticalCenter
        kind: "reviewed"
        color: Theme.primary
    }
    Text {
        id: label
        textFormat: Text.PlainText
        anchors.verticalCenter: parent.verticalCenter
        //: An intake with a recorded decision
        text: qsTr("Reviewed")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.primary
    }
}
