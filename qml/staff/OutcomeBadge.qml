pragma ComponentBehavior: Bound

import QtQuick
import Intake.Common

// A screening outcome (or a flag's severity) as a pill: its own colour, its own icon and its
// words, so that it reads the same without colour. `outcome` is the severity name.
Rectangle {
    id: root

    property string outcome: "clear"
    // A flag's severity reads as what it asks for; an intake's outcome as where it stands.
    readonly property string label: {
        switch (root.outcome) {
        //: Outcome badge: an answer rules the treatment out (the clinic's list)
        case "contraindicated": return qsTr("Contraindicated");
        //: Outcome badge: a clinician must look at the answers first
        case "review": return qsTr("Needs review");
        //: Outcome badge: the treatment must wait until a date
        case "defer": return qsTr("Deferred");
        //: Outcome badge: the treatment can go ahead with care
        case "precaution": return qsTr("Precaution");
        //: Outcome badge: nothing in the answers stands in the way
        default: return qsTr("Clear");
        }
    }
    readonly property color textColor: {
        switch (root.outcome) {
        case "contraindicated": return Theme.contraindicatedText;
        case "review": return Theme.reviewText;
        case "defer": return Theme.deferText;
        case "precaution": return Theme.precautionText;
        default: return Theme.clearText;
        }
    }

    implicitWidth: row.implicitWidth + 2 * Theme.spacingS
    implicitHeight: Math.max(Theme.outcomeIconSize + Theme.spacingXS, text.implicitHeight + Theme.spacingXS)
    radius: height / 2
    color: {
        switch (root.outcome) {
        case "contraindicated": return Theme.contraindicatedSurface;
        case "review": return Theme.reviewSurface;
        case "defer": return Theme.deferSurface;
        case "precaution": return Theme.precautionSurface;
        default: return Theme.clearSurface;
        }
    }
    border.color: root.textColor
    border.width: Theme.borderWidth

    Accessible.role: Accessible.StaticText
    Accessible.name: root.label

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingXS

        OutcomeIcon {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.outcomeIconSize * 0.8
            height: Theme.outcomeIconSize * 0.8
            kind: root.outcome
            color: root.textColor
        }
        Text {
            id: text
            textFormat: Text.PlainText
            anchors.verticalCenter: parent.verticalCenter
            text: root.label
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeSmall
            font.bold: true
            color: root.textColor
        }
    }
}
