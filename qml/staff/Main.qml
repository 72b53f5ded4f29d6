pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Staff

// The staff console's window: the lock screen, the first start, sign-in, or (signed in) the
// console itself, by StaffSession's state; the idle-logoff warning over everything.
ApplicationWindow {
    id: window

    // StaffApplication fits it to a smaller screen.
    width: Theme.consoleWindowWidth
    height: Theme.consoleWindowHeight
    minimumWidth: Theme.consoleMinimumWidth
    minimumHeight: Theme.consoleMinimumHeight
    visible: false
    title: qsTr("Staff console — Blue Haven Medical Spa")
    color: Theme.background
    font.family: Theme.fontFamily

    header: StaffHeader {}

    // A new page for each state: nothing typed on one (a passphrase, a PIN) survives it.
    Loader {
        anchors.fill: parent
        source: {
            switch (StaffSession.state) {
            case StaffSession.Locked: return "LockedPage.qml";
            case StaffSession.FirstStart: return "FirstStartPage.qml";
            case StaffSession.SignedOut: return "SignInPage.qml";
            default: return "ConsoleShell.qml";
            }
        }
    }

    IdleLogoffDialog {
        visible: StaffSession.idleWarning
    }
}
