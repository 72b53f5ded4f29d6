pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Intake.Kiosk

// The on-screen keyboard: Qt Virtual Keyboard's panel, typing in the kiosk's language (Spanish
// needs ñ and accents) and offering only the kiosk's languages. Main.qml docks it to the bottom
// while a text field has focus, and loads it in the background after start-up (this file is
// the only one that imports the virtual keyboard, so its plugins load with it, not before the
// first frame of Welcome).
InputPanel {
    id: root

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: UiLanguage.language === "es" ? "es_ES" : "en_US"
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: ["en_US", "es_ES"]
    }
}
