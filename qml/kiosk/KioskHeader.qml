pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common

// The bar above every kiosk screen: the clinic's mark and name, the larger-text switch and the
// language switch, so a client can change either at any step.
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
            textFormat: Text.PlainText
            Layout.fillWidth: true
            // The whole height of the bar, the text centred in it: the name's height then never
            // depends on whether it wraps (Qt 6.4's layouts keep stale heights for that).
            Layout.fillHeight: true
            verticalAlignment: Text.AlignVCenter
            //: The clinic's name, a proper name: keep it as it is.
            text: qsTr("Blue Haven Medical Spa")
            color: Theme.heading
            font.family: Theme.headingFontFamily
            font.pixelSize: Theme.fontSizeBrand
            font.bold: true
            // Portrait is narrow: the name takes two lines rather than being cut.
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        LargerTextToggle {
            Layout.alignment: Qt.AlignVCenter
            compact: root.portrait
        }

        LanguageSwitch {
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
