pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Intake.Common
import Intake.Staff

// The bar at the top of every screen: the clinic, "Staff console", the language switch and,
// while someone is signed in, who it is and Sign out.
Rectangle {
    id: root

    implicitHeight: Theme.consoleHeaderHeight
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.borderWidth
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingS

        BrandMark {
            Layout.preferredWidth: Theme.brandMarkSize
            Layout.preferredHeight: Theme.brandMarkSize
        }
        Column {
            Layout.minimumWidth: implicitWidth
            Text {
                textFormat: Text.PlainText
                text: "Blue Haven Medical Spa"
                font.family: Theme.headingFontFamily
                font.pixelSize: Theme.fontSizeBrand
                color: Theme.heading
            }
            Text {
                textFormat: Text.PlainText
                //: Under the clinic's name in the console's header
                text: qsTr("Staff console")
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.textMuted
            }
        }
        Item {
            Layout.fillWidth: true
        }
        LanguageToggle {}
        Text {
            textFormat: Text.PlainText
            visible: StaffSession.state === StaffSession.SignedIn
            Layout.leftMargin: Theme.spacingS
            Layout.maximumWidth: Theme.consoleFieldWidth
            elide: Text.ElideRight
            //: Who is signed in, e.g. "Signed in: Blanca"
            text: qsTr("Signed in: %1").arg(StaffSession.userName)
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.text
        }
        SecondaryButton {
            visible: StaffSession.state === StaffSession.SignedIn
            text: qsTr("Sign out")
            implicitHeight: Theme.consoleControlHeight
            onClicked: StaffSession.signOut()
        }
    }
}
