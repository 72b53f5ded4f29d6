import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// The kiosk's letter keyboard, English or Spanish (Qt Virtual Keyboard's own layouts have no key
// that closes the keyboard, and the English one no ñ). Both write Spanish names: a long press
// on a vowel offers its accents, on n the ñ (the Spanish keyboard also has its own ñ key), on c
// the ç. The bottom row ends in a key that closes the keyboard. Loaded by the virtual keyboard
// from en_US/main.qml and es_US/main.qml (VirtualKeyboardSettings.layoutPath).
KeyboardLayout {
    id: root

    // The Spanish keyboard: an ñ key beside the l, and ¿ and ¡ on the full stop.
    property bool spanish: false

    inputMode: InputEngine.InputMode.Latin
    keyWeight: 160

    // Every row weighs 1840 (ten keys of 160 and a wide key), so keys line up across rows.
    KeyboardRow {
        Key { key: Qt.Key_Q; text: "q" }
        Key { key: Qt.Key_W; text: "w" }
        Key { key: Qt.Key_E; text: "e"; alternativeKeys: "éèëê" }
        Key { key: Qt.Key_R; text: "r" }
        Key { key: Qt.Key_T; text: "t" }
        Key { key: Qt.Key_Y; text: "y" }
        Key { key: Qt.Key_U; text: "u"; alternativeKeys: "úüùû" }
        Key { key: Qt.Key_I; text: "i"; alternativeKeys: "íïìî" }
        Key { key: Qt.Key_O; text: "o"; alternativeKeys: "óöòô" }
        Key { key: Qt.Key_P; text: "p" }
        BackspaceKey { weight: 240 }
    }
    KeyboardRow {
        FillerKey { weight: 80; visible: !root.spanish }
        Key { key: Qt.Key_A; text: "a"; alternativeKeys: "áàäâ" }
        Key { key: Qt.Key_S; text: "s" }
        Key { key: Qt.Key_D; text: "d" }
        Key { key: Qt.Key_F; text: "f" }
        Key { key: Qt.Key_G; text: "g" }
        Key { key: Qt.Key_H; text: "h" }
        Key { key: Qt.Key_J; text: "j" }
        Key { key: Qt.Key_K; text: "k" }
        Key { key: Qt.Key_L; text: "l" }
        Key { key: Qt.Key_Ntilde; text: "ñ"; visible: root.spanish }
        EnterKey { weight: root.spanish ? 240 : 320 }
    }
    KeyboardRow {
        ShiftKey { weight: 240 }
        Key { key: Qt.Key_Z; text: "z" }
        Key { key: Qt.Key_X; text: "x" }
        Key { key: Qt.Key_C; text: "c"; alternativeKeys: "çc" }
        Key { key: Qt.Key_V; text: "v" }
        Key { key: Qt.Key_B; text: "b" }
        Key { key: Qt.Key_N; text: "n"; alternativeKeys: "ñn" }
        Key { key: Qt.Key_M; text: "m" }
        Key { key: Qt.Key_Comma; text: ","; alternativeKeys: ",;:" }
        Key { key: Qt.Key_Apostrophe; text: "'"; alternativeKeys: "'-\"" }
        FillerKey { weight: 160 }
    }
    KeyboardRow {
        SymbolModeKey { weight: 240 }
        SpaceKey { weight: 1200 }
        Key {
            key: Qt.Key_Period
            text: "."
            alternativeKeys: root.spanish ? ".?¿!¡" : ".?!"
            smallText: root.spanish ? "¿¡" : "?!"
            smallTextVisible: true
        }
        HideKeyboardKey { weight: 240 }
    }
}
