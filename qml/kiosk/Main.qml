pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
// Overlay (the window's layer for popups) is declared by the templates, not re-exported by Basic.
import QtQuick.Templates as T
import Intake.Common
import Intake.Kiosk

// The kiosk window: a header that stays on every screen (clinic name, larger text, language)
// above the page of the intake step the IntakeSession is at; the lock screen over everything
// while the store is locked; the idle warning; the staff corner; the on-screen keyboard.
// main.cpp decides how it is shown: full screen on the kiosk, windowed for development
// (--windowed) and for --screenshots. Nothing here leaves the kiosk: no quit shortcut, and the
// window refuses to close (staff leave through the admin screen).
//
// Start-up: only what the first frame of Welcome shows is built with the window. Pages are
// loaded by URL when the client reaches them; the lock screen and the dialogs when they are
// needed; the on-screen keyboard in the background (docs/PERFORMANCE.md, "Kiosk").
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

    // The on-screen keyboard is up (it takes the bottom of the window): what its InputPanel calls
    // `active` (Qt.inputMethod.visible), read from the input method rather than through the
    // KioskKeyboard type, since naming the type would load the virtual keyboard with this file.
    // (Qt 6.4's qmllint knows Qt.inputMethod only as a QObject and warns here.)
    readonly property bool keyboardUp: keyboard.status === Loader.Ready && Qt.inputMethod.visible

    // The page for a step of the intake, loaded when first shown (a URL, not a Component: the
    // window then does not load every page's type before the first frame).
    function pageFor(step: int): url {
        switch (step) {
        case IntakeSession.Treatment:
            return Qt.resolvedUrl("TreatmentPage.qml");
        case IntakeSession.AboutYou:
            return Qt.resolvedUrl("AboutYouPage.qml");
        case IntakeSession.Questions:
            return Qt.resolvedUrl("QuestionPage.qml");
        case IntakeSession.Review:
            return Qt.resolvedUrl("ReviewPage.qml");
        case IntakeSession.Consent:
            return Qt.resolvedUrl("ConsentPage.qml");
        case IntakeSession.Done:
            return Qt.resolvedUrl("DonePage.qml");
        default:
            return Qt.resolvedUrl("WelcomePage.qml");
        }
    }

    // The form pages make room for the on-screen keyboard.
    function pagePropertiesFor(step: int): var {
        if (step === IntakeSession.Welcome || step === IntakeSession.Done)
            return {};
        return { keyboardVisible: Qt.binding(() => window.keyboardUp) };
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
        pages.replace(null, window.pageFor(step), window.pagePropertiesFor(step),
                      first ? StackView.Immediate : StackView.ReplaceTransition);
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
        anchors.bottomMargin: window.keyboardUp ? keyboard.height : 0
        // Pages cross-fade; nothing slides or bounces on a medical form.
        replaceEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.durationMedium }
        }
        replaceExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.durationMedium }
        }
    }

    // Over everything, header included, while the store is locked: nothing under it can be
    // reached (it takes every touch), and an intake cannot be saved anyway. Built only while the
    // store is locked, so a lock screen opened again starts empty.
    Loader {
        anchors.fill: parent
        active: KioskStore.locked
        source: "LockedPage.qml"
        // nothing underneath keeps the keyboard focus (or the on-screen keyboard)
        onLoaded: (item as Item).forceActiveFocus()
    }

    // The staff corner: an invisible square at the top left; a long press asks for the PIN.
    // While it is held, a disc fills up in the corner, so staff know the press is counting.
    MouseArea {
        id: adminCorner

        // 0 to 1 while the corner is held (1: the PIN pad opens).
        property real holdProgress: 0

        objectName: "adminCorner"
        width: Theme.adminCornerSize
        height: Theme.adminCornerSize
        pressAndHoldInterval: Theme.adminHoldMs

        onPressedChanged: {
            holdAnimation.stop();
            adminCorner.holdProgress = 0;
            if (adminCorner.pressed)
                holdAnimation.start();
        }

        NumberAnimation {
            id: holdAnimation

            target: adminCorner
            property: "holdProgress"
            from: 0
            to: 1
            duration: Theme.adminHoldMs
        }

        Rectangle {
            objectName: "adminHoldFeedback"
            anchors.centerIn: parent
            width: Theme.adminCornerSize * 0.6
            height: width
            radius: width / 2
            visible: adminCorner.pressed
            color: "transparent"
            border.color: Theme.primary
            border.width: Theme.borderWidth

            Rectangle {
                anchors.centerIn: parent
                width: parent.width * adminCorner.holdProgress
                height: width
                radius: width / 2
                color: Theme.primary
                opacity: 0.6
            }
        }

        //: Accessible name of the hidden staff corner (top left); staff press and hold it.
        Accessible.name: qsTr("Staff menu (press and hold)")
        Accessible.role: Accessible.Button

        onPressAndHold: {
            pinDialog.active = true;
            (pinDialog.item as Popup).open();
        }
    }

    // The consent is a page to read through: a longer wait before "Are you still there?".
    Binding {
        target: IdleMonitor
        property: "reading"
        value: IntakeSession.step === IntakeSession.Consent
    }

    // The dialogs, each built when it opens. The PIN pad stays once built: it keeps count of
    // wrong PINs shown (AdminController keeps the lockout itself).
    Loader {
        active: IdleMonitor.warning && !KioskStore.locked
        source: "IdleWarningDialog.qml"
        onLoaded: (item as Popup).open()
    }

    Loader {
        id: pinDialog

        active: false
        source: "PinDialog.qml"
    }

    Loader {
        active: AdminController.open
        source: "AdminPanel.qml"
        onLoaded: {
            // the staff screen moves up and shrinks above the on-screen keyboard
            item.keyboardHeight = Qt.binding(() => window.keyboardUp ? keyboard.height : 0);
            (item as Popup).open();
        }
    }

    // Qt Virtual Keyboard, docked to the bottom while a text field has focus (main.cpp turns
    // the input method on unless a hardware keyboard is attached). Nobody types on Welcome, so it
    // is not built with the window: the first time a text field may come (an intake starts, the
    // lock screen or the staff screen shows) it is loaded asynchronously (its type on the
    // loader thread, its objects between frames) and then kept.
    readonly property bool keyboardMayBeNeeded: IntakeSession.step !== IntakeSession.Welcome || KioskStore.locked
                                                || AdminController.open
    onKeyboardMayBeNeededChanged: {
        if (window.keyboardMayBeNeeded)
            keyboard.active = true;
    }

    // The keyboard and its backdrop are in the window's overlay, above the dialogs and their
    // dimmed background: staff type into a dialog (the pairing code on the staff screen), and a
    // keyboard behind the dimmer could not be used.
    readonly property int keyboardZ: 100

    // The keyboard's own colour across the window's width, where a landscape keyboard leaves room.
    Rectangle {
        parent: T.Overlay.overlay
        z: window.keyboardZ
        x: 0
        y: keyboard.y
        width: window.width
        height: keyboard.height
        visible: keyboard.visible
        color: Theme.keyboardBackdrop
    }

    Loader {
        id: keyboard

        parent: T.Overlay.overlay
        z: window.keyboardZ + 1  // over its backdrop, whichever the overlay took up first
        // As wide as a portrait screen; on a landscape one, narrower (its height follows its
        // width), so that the page above keeps room for the field and Back and Next.
        width: window.portrait ? window.width : Math.min(window.width, Math.round(window.height * 1.25))
        x: (window.width - keyboard.width) / 2
        y: window.keyboardUp ? window.height - keyboard.height : window.height
        visible: window.keyboardUp
        active: window.keyboardMayBeNeeded
        asynchronous: true
        source: "KioskKeyboard.qml"
        // Loaded while a field already has the focus (staff who tap Pair and then the code field
        // at once, on a slow tablet): Qt Virtual Keyboard's keys type nothing into that field
        // until its focus changes, so the field takes the focus again.
        onLoaded: {
            const field = window.activeFocusItem
            if (field && field.inputMethodHints !== undefined) {
                field.focus = false
                field.forceActiveFocus()
            }
        }
    }
}
