pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// The kiosk window: a header that stays on every screen (clinic name, language switch) above a
// StackView of pages. main.cpp decides how it is shown: full screen on the kiosk, windowed for
// development (--windowed) and for --screenshots.
ApplicationWindow {
    id: window

    //: Window title; only visible in development, the kiosk runs full screen.
    title: qsTr("Blue Haven Medical Spa – Health questionnaire")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody

    readonly property bool portrait: window.height > window.width

    header: KioskHeader {
        portrait: window.portrait
    }

    StackView {
        id: pages

        anchors.fill: parent
        // Pages cross-fade; nothing slides or bounces on a medical form.
        pushEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.durationMedium }
        }
        pushExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.durationMedium }
        }
        popEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.durationMedium }
        }
        popExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.durationMedium }
        }

        // Next milestone: startRequested starts the IntakeSession view-model and pushes the
        // first questionnaire page; the session's wipe (finish or idle) returns here.
        initialItem: WelcomePage {}
    }

    // Next milestone: the Qt Virtual Keyboard's InputPanel goes here, docked to the bottom of the
    // window, once the first text field (name, date of birth) arrives. It is not loaded yet.
}
