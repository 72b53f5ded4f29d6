pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Intake.Common
import Intake.Kiosk

// The kiosk window: a header that stays on every screen (clinic name, larger text, language)
// above the page of the intake step the IntakeSession is at; the lock screen over everything
// while the store is locked; the idle warning; the staff corner; the on-screen keyboard.
// main.cpp decides how it is shown: full screen on the kiosk, windowed for development
// (--windowed) and for --screenshots. Nothing here leaves the kiosk: no quit shortcut, and the
// window refuses to close (staff leave through the admin screen).
ApplicationWindow {
    id: window

    //: Window title; only visible in development, the kiosk runs full screen.
    title: qsTr("Blue Haven Medical Spa – Health questionnaire")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody

    readonly property bool portrait: window.height > window.width
    // The step whose page is on the stack.
    property int shownStep: -1

    // The page for a step of the intake.
    function pageFor(step: int): Component {
        switch (step) {
        case IntakeSession.Treatment:
            return treatmentPage;
        case IntakeSession.AboutYou:
            return aboutYouPage;
        case IntakeSession.Questions:
            return questionPage;
        case IntakeSession.Review:
            return reviewPage;
        case IntakeSession.Consent:
            return consentPage;
        case IntakeSession.Done:
            return donePage;
        default:
            return welcomePage;
        }
    }

    // Shows the page of the session's step. The next section of questions is not a new page:
    // the question page follows the session's sections itself.
    function showStep() {
        const step = IntakeSession.step;
        if (step === window.shownStep)
            return;
        // A new client starts with normal text.
        if (step === IntakeSession.Welcome)
            Theme.largeText = false;
        const first = window.shownStep < 0;
        window.shownStep = step;
        pages.replace(null, window.pageFor(step), {}, first ? StackView.Immediate : StackView.ReplaceTransition);
    }

    Component.onCompleted: window.showStep()
    onClosing: (close) => { close.accepted = false; }

    Connections {
        target: IntakeSession

        function onStepChanged() {
            window.showStep();
        }
    }

    KioskHeader {
        id: header

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        portrait: window.portrait
    }

    StackView {
        id: pages

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        // The page ends above the on-screen keyboard; it scrolls its focused field into view.
        anchors.bottomMargin: keyboard.active ? keyboard.height : 0
        // Pages cross-fade; nothing slides or bounces on a medical form.
        replaceEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.durationMedium }
        }
        replaceExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.durationMedium }
        }
    }

    Component {
        id: welcomePage

        WelcomePage {}
    }
    Component {
        id: treatmentPage

        TreatmentPage {
            keyboardVisible: keyboard.active
        }
    }
    Component {
        id: aboutYouPage

        AboutYouPage {
            keyboardVisible: keyboard.active
        }
    }
    Component {
        id: questionPage

        QuestionPage {
            keyboardVisible: keyboard.active
        }
    }
    Component {
        id: reviewPage

        ReviewPage {
            keyboardVisible: keyboard.active
        }
    }
    Component {
        id: consentPage

        ConsentPage {
            keyboardVisible: keyboard.active
        }
    }
    Component {
        id: donePage

        DonePage {}
    }

    // Over everything, header included, while the store is locked: nothing under it can be
    // reached (it takes every touch), and an intake cannot be saved anyway.
    LockedPage {
        anchors.fill: parent
        visible: KioskStore.locked
    }

    // The staff corner: an invisible square at the top left; a long press asks for the PIN.
    MouseArea {
        objectName: "adminCorner"
        width: Theme.adminCornerSize
        height: Theme.adminCornerSize
        pressAndHoldInterval: Theme.adminHoldMs

        //: Accessible name of the hidden staff corner (top left); staff press and hold it.
        Accessible.name: qsTr("Staff menu (press and hold)")
        Accessible.role: Accessible.Button

        onPressAndHold: pinDialog.open()
    }

    IdleWarningDialog {
        visible: IdleMonitor.warning && !KioskStore.locked
    }

    PinDialog {
        id: pinDialog
    }

    AdminPanel {
        visible: AdminController.open
    }

    // The on-screen keyboard types in the kiosk's language (Spanish needs ñ and accents), and
    // offers only the kiosk's languages.
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: LanguageController.language === "es" ? "es_ES" : "en_US"
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: ["en_US", "es_ES"]
    }

    // Qt Virtual Keyboard, docked to the bottom while a text field has focus (main.cpp turns
    // the input method on unless a hardware keyboard is attached).
    InputPanel {
        id: keyboard

        z: 1
        x: 0
        width: window.width
        y: keyboard.active ? window.height - keyboard.height : window.height
        visible: keyboard.active
    }
}
