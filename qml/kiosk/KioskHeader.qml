pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common

// The bar above every kiosk screen: the clinic's mark and name, and the language switch, so a
// client can change language at any step.
ToolBar {
    id: root

    // Set by the window: portrait screens get narrower margins.
    property bool portrait: false

    implicitHeight: Theme.headerHeight
    leftPadding: root.portrait ? Theme.pageMarginPortrait : Theme.pageMarginLandscape
    rightPadding: root.portrait ? Theme.pageMarginPortrait : Theme.pageMarginLandscape

    background: Rectangle {
        color: Theme.surface

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: Theme.borderWidth
            color: Theme.border
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        BrandMark {
            Layout.alignment: Qt.AlignVCenter
        }

        Label {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            //: The clinic's name, a proper name: keep it as it is.
            text: qsTr("Blue Haven Medical Spa")
            color: Theme.heading
            font.family: Theme.headingFontFamily
            font.pixelSize: Theme.fontSizeBrand
            font.bold: true
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        LanguageSwitch {
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
