pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Intake.Kiosk

// The on-screen keyboard: Qt Virtual Keyboard's panel with the kiosk's own layouts (keyboard/:
// accents and ñ in both languages, a key that closes the keyboard), typing in the kiosk's
// language. Main.qml docks it to the bottom
// while a text field has focus, and loads it in the background after start-up (this file is
// the only one that imports the virtual keyboard, so its plugins load with it, not before the
// first frame of Welcome).
InputPanel {
    id: root

    Binding {
        target: VirtualKeyboardSettings
        property: "layoutPath"
        value: "qrc:/Intake/Kiosk/keyboard"
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: UiLanguage.language === "es" ? "es_US" : "en_US"
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: ["en_US", "es_US"]
    }
}
