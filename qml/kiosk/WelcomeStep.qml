pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common

// One step of an intake on the welcome screen: a numbered badge, a short title and one line
// that says what happens. The badge sits above the words (stacked, for steps side by side) or
// before them (for steps in a list). Not interactive.
GridLayout {
    id: root

    required property int number
    required property string title
    required property string text
    property bool stacked: false

    columns: root.stacked ? 1 : 2
    columnSpacing: Theme.spacingM
    rowSpacing: Theme.spacingS

    Accessible.role: Accessible.StaticText
    Accessible.name: root.number + ". " + root.title + ": " + root.text

    Rectangle {
        Layout.alignment: root.stacked ? Qt.AlignHCenter : (Qt.AlignTop | Qt.AlignLeft)
        implicitWidth: Theme.badgeSize
        implicitHeight: Theme.badgeSize
        radius: width / 2
        color: Theme.surfaceTinted

        Label {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: root.number
            color: Theme.primary
            font.pixelSize: Theme.fontSizeBody
            font.bold: true
            Accessible.ignored: true
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        spacing: Theme.spacingXXS

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.fontSizeBody
            font.bold: true
            horizontalAlignment: root.stacked ? Text.AlignHCenter : Text.AlignLeft
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.text
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            horizontalAlignment: root.stacked ? Text.AlignHCenter : Text.AlignLeft
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }
    }
}
