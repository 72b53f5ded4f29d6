pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common

// The bar at the bottom of every step: Back on the left, the step's main action on the right,
// and between them, when there is one, a short note on what is still missing.
Rectangle {
    id: root

    // The width of the page's content column, so the buttons line up with it.
    property int contentWidth: root.width

    //: The button that goes back to the previous page of the questionnaire.
    property string backText: qsTr("Back")
    property string backAccessibleName: root.backText
    property bool backVisible: true
    //: The button that goes on to the next page of the questionnaire.
    property string nextText: qsTr("Next")
    property string nextAccessibleName: root.nextText
    property bool nextEnabled: true
    property bool nextMuted: false
    property string hint
    // Buttons of the ordinary height and no note: while the on-screen keyboard takes half the
    // screen, the field being typed in needs the room.
    property bool compact: false

    signal backClicked()
    signal nextClicked()

    implicitHeight: row.implicitHeight + 2 * Theme.spacingS
    color: Theme.surface

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Theme.borderWidth
        color: Theme.border
    }

    RowLayout {
        id: row

        width: root.contentWidth
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingM

        SecondaryButton {
            objectName: "backButton"
            Layout.alignment: Qt.AlignVCenter
            Layout.preferredHeight: root.compact ? Theme.controlHeight : Theme.buttonHeightLarge
            visible: root.backVisible
            text: root.backText
            Accessible.name: root.backAccessibleName
            onClicked: root.backClicked()
        }

        // The note sits in a box of fixed height (the buttons'), so the row's layout never
        // depends on how the text wraps.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Label {
                textFormat: Text.PlainText
                visible: !root.compact
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                text: root.hint
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                Accessible.ignored: text === ""
            }
        }

        PrimaryButton {
            objectName: "nextButton"
            Layout.alignment: Qt.AlignVCenter
            Layout.preferredHeight: root.compact ? Theme.controlHeight : Theme.buttonHeightLarge
            enabled: root.nextEnabled
            muted: root.nextMuted
            text: root.nextText
            Accessible.name: root.nextAccessibleName
            onClicked: root.nextClicked()
        }
    }
}
