pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Kiosk

// The staff PIN pad, opened by a long press in the staff corner: digits, Delete and OK. The
// AdminController checks the PIN and counts wrong ones; after too many the pad waits out the
// lockout it reports. A right PIN opens the admin screen. The PIN is kept inside the encrypted
// store: while the store is locked, or when no PIN is set, the pad says so and takes no digits.
ModalDialog {
    id: root

    property string pin
    // The last PIN tried was wrong (shown until the next key).
    property bool wrong: false
    // The AdminController's count of wrong PINs when last seen, to tell a new wrong PIN.
    property int knownFailures: AdminController.failedAttempts
    readonly property bool lockedOut: AdminController.lockoutSecondsLeft > 0
    readonly property bool ready: AdminController.pinState === AdminController.Ready

    function press(digit: string) {
        root.wrong = false;
        if (root.pin.length < AdminController.longestPin)
            root.pin += digit;
    }

    function submit() {
        if (root.pin.length < AdminController.shortestPin)
            return;
        AdminController.tryPin(root.pin);
        root.pin = "";
    }

    // A landscape window has more width than height to spare.
    readonly property bool sideBySide: root.parent ? root.parent.width > root.parent.height : false

    objectName: "pinDialog"
    width: Math.min(root.sideBySide ? Theme.dialogWidthWide : Theme.dialogWidth,
                    root.parent ? root.parent.width - 2 * Theme.spacingM : Theme.dialogWidth)

    onAboutToShow: {
        root.pin = "";
        root.wrong = false;
        root.knownFailures = AdminController.failedAttempts;
    }
    onClosed: root.pin = ""

    Connections {
        target: AdminController

        function onLockoutChanged() {
            if (AdminController.failedAttempts > root.knownFailures)
                root.wrong = true;
            root.knownFailures = AdminController.failedAttempts;
        }

        // The admin screen replaces the pad.
        function onOpenChanged() {
            if (AdminController.open)
                root.close();
        }
    }

    // The store opening or locking changes what the pad can check: it starts again.
    Connections {
        target: KioskStore

        function onLockedChanged() {
            root.close();
        }
    }

    // Landscape: the words and dots on the left, the keys on the right; portrait: one column.
    Grid {
        id: content

        readonly property int infoWidth: root.sideBySide ? content.width - keys.width - content.columnSpacing
                                                         : content.width

        width: parent.width
        columns: root.sideBySide ? 2 : 1
        columnSpacing: Theme.spacingXL
        rowSpacing: Theme.spacingM
        horizontalItemAlignment: Grid.AlignHCenter
        verticalItemAlignment: Grid.AlignVCenter

        Column {
            width: content.infoWidth
            spacing: Theme.spacingM

            Label {
                textFormat: Text.PlainText
                width: parent.width
                //: Heading of the staff PIN pad (opened by a long press in the top-left corner).
                text: qsTr("Staff only")
                color: Theme.heading
                font.family: Theme.headingFontFamily
                font.pixelSize: Theme.fontSizeTitle
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                textFormat: Text.PlainText
                width: parent.width
                //: Under "Staff only" on the PIN pad.
                text: qsTr("Enter the staff PIN.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeBody
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }

            // One dot a digit typed, and an empty one for each digit the shortest PIN still
            // needs; the digits themselves are never shown. Up to 12 dots fit the column: they
            // shrink when the column is narrower.
            Row {
                id: dots

                readonly property int count: Math.max(AdminController.shortestPin, root.pin.length)
                readonly property int dotSize: Math.min(Theme.pinDotSize,
                                                        Math.floor((parent.width - (dots.count - 1) * dots.spacing) / dots.count))

                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.spacingXS

                Accessible.role: Accessible.StaticText
                // English has no translation file for plurals: one string for one, one for the rest.
                Accessible.name: root.pin.length === 1
                                 //: Accessible text of the PIN dots: one digit is typed.
                                 ? qsTr("1 digit entered")
                                 //: Accessible text of the PIN dots: how many digits are typed (0, 2 or more).
                                 : qsTr("%1 digits entered").arg(root.pin.length)

                Repeater {
                    model: dots.count

                    delegate: Rectangle {
                        id: dot

                        required property int index

                        width: dots.dotSize
                        height: dots.dotSize
                        radius: width / 2
                        color: dot.index < root.pin.length ? Theme.primary : "transparent"
                        border.color: Theme.borderStrong
                        border.width: Theme.controlBorderWidth
                    }
                }
            }

            FieldMessage {
                width: parent.width
                text: AdminController.pinState === AdminController.StoreLocked
                      //: PIN pad, while the encrypted store is locked (the lock screen asks for its passphrase).
                      ? qsTr("The staff PIN is kept in the locked store. Unlock the store first.")
                      : AdminController.pinState === AdminController.NotSet
                        //: PIN pad, on a kiosk where clinic IT has set no staff PIN yet. "intake-cli set-admin-pin" is a command: keep it as it is.
                        ? qsTr("No staff PIN is set on this kiosk. Clinic IT sets one with intake-cli set-admin-pin.")
                        : AdminController.lastError !== ""
                          ? AdminController.lastError
                          : root.lockedOut
                            ? (AdminController.lockoutSecondsLeft === 1
                               //: PIN pad, after too many wrong PINs.
                               ? qsTr("Too many wrong PINs. Please wait 1 second.")
                               //: PIN pad, after too many wrong PINs; %1 is the seconds left (2 or more).
                               : qsTr("Too many wrong PINs. Please wait %1 seconds.").arg(AdminController.lockoutSecondsLeft))
                            : root.wrong
                              //: PIN pad, after a wrong PIN.
                              ? qsTr("Wrong PIN. Please try again.")
                              : ""
            }

            SecondaryButton {
                anchors.horizontalCenter: parent.horizontalCenter
                visible: root.sideBySide
                //: Closes the staff PIN pad.
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }

        Grid {
            id: keys

            columns: 3
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingS
            enabled: root.ready && !root.lockedOut

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

                delegate: KeypadKey {
                    id: key

                    required property string modelData

                    text: key.modelData
                    onClicked: root.press(key.modelData)
                }
            }

            KeypadKey {
                //: PIN pad key that removes the last digit typed.
                text: qsTr("Delete")
                font.pixelSize: Theme.fontSizeSmall
                enabled: root.pin !== ""
                onClicked: root.pin = root.pin.slice(0, -1)
            }

            KeypadKey {
                text: "0"
                onClicked: root.press("0")
            }

            KeypadKey {
                objectName: "pinOkButton"
                //: PIN pad key that checks the PIN.
                text: qsTr("OK")
                font.pixelSize: Theme.fontSizeSmall
                enabled: root.pin.length >= AdminController.shortestPin
                onClicked: root.submit()
            }
        }

        SecondaryButton {
            visible: !root.sideBySide
            text: qsTr("Cancel")
            onClicked: root.close()
        }
    }
}
