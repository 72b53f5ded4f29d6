import ".."

// The English letter keyboard.
KioskLetters {
    spanish: false
}
