pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// A number pad for a PIN (on a touch screen at the front desk): digits and Delete.
Grid {
    id: root

    signal digit(string digit)
    signal erase

    columns: 3
    spacing: Theme.spacingS

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

        delegate: KeypadKey {
            required property string modelData

            implicitWidth: Theme.consoleKeypadKeySize
            implicitHeight: Theme.consoleKeypadKeySize
            text: modelData
            onClicked: root.digit(modelData)
        }
    }
    Item {
        width: Theme.consoleKeypadKeySize
        height: Theme.consoleKeypadKeySize
    }
    KeypadKey {
        implicitWidth: Theme.consoleKeypadKeySize
        implicitHeight: Theme.consoleKeypadKeySize
        text: "0"
        onClicked: root.digit("0")
    }
    KeypadKey {
        implicitWidth: Theme.consoleKeypadKeySize
        implicitHeight: Theme.consoleKeypadKeySize
        //: The number pad's key that deletes the last digit
        text: qsTr("Delete")
        font.pixelSize: Theme.fontSizeSmall
        onClicked: root.erase()
    }
}
