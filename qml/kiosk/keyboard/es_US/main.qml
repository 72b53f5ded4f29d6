import ".."

// The Spanish letter keyboard.
KioskLetters {
    spanish: true
}
