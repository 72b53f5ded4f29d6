pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One part of a date (day, month or year) as a wheel between two arrow buttons: flick the wheel
// or tap a row to choose the part, or tap an arrow for one step. Rows that cannot be chosen with
// the other parts as they are (the 31st in April, a day after the latest allowed date) are
// faded. moved() tells the date picker when the client turned the wheel; an arrow, an arrow key
// or a screen reader's increase/decrease asks for a step instead (stepRequested), which the
// picker takes as a step of the whole date ("previous day" from the 1st is the last day of the
// month before). Setting `currentIndex` sends neither. A mouse wheel turns the wheel only once
// the client has tapped or focused it; before that it scrolls the page the picker is on, as it
// does anywhere else on the page, so a date is never changed by scrolling past it.
ColumnLayout {
    id: root

    // What the wheel shows, one string a row.
    required property var labels
    // "Day", "Month", "Year".
    required property string caption
    // Accessible names of the arrows, e.g. "Date of birth: previous day".
    required property string previousName
    required property string nextName
    // The rows before `firstAvailable` and from `endAvailable` on are faded.
    property int firstAvailable: 0
    property int endAvailable: root.labels.length
    // Days and months go round; years stop at both ends.
    property bool wrap: true

    readonly property int currentIndex: tumbler.currentIndex
    // The client has tapped or focused this part of the date: a mouse wheel over it turns it.
    readonly property bool engaged: tumbler.activeFocus || previousButton.activeFocus || nextButton.activeFocus

    // The client changed the row by flicking the wheel (once it comes to rest) or tapping a row.
    // Never sent when the picker sets the row.
    signal moved()
    // The client asked for the next (+1) or previous (-1) day, month or year.
    signal stepRequested(int delta)

    // The row the picker wants shown; kept, because a Tumbler goes back to the first row when
    // its rows change (another language's month names).
    property int wantedIndex: 0

    function setCurrentIndex(index: int) {
        root.wantedIndex = index;
        tumbler.currentIndex = index;
        positionTimer.restart();
    }

    // Qt 6.4's Tumbler does not scroll to a currentIndex set before it is laid out; positioning
    // its view does, once the view exists (after the current event).
    function positionView() {
        tumbler.positionViewAtIndex(root.wantedIndex, Tumbler.Center);
    }

    // A mouse wheel over a wheel nobody has tapped: the page under it scrolls (the nearest
    // Flickable the picker is in), by the wheel's pixels or a step a notch.
    function scrollPage(wheel: WheelEvent) {
        for (let item = root.parent; item; item = item.parent) {
            if (item instanceof Flickable) {
                const delta = wheel.pixelDelta.y !== 0 ? wheel.pixelDelta.y : wheel.angleDelta.y / 120 * Theme.scrollStep;
                const bottom = Math.max(item.originY, item.originY + item.contentHeight - item.height);
                item.contentY = Math.max(item.originY, Math.min(bottom, item.contentY - delta));
                return;
            }
        }
    }

    spacing: 0
    opacity: root.enabled ? 1 : 0.4

    Timer {
        id: positionTimer

        interval: 0
        onTriggered: root.positionView()
    }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.spacingXXS
        text: root.caption
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSizeSmall
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        Accessible.ignored: true
    }

    Button {
        id: previousButton

        Layout.fillWidth: true
        implicitHeight: Theme.touchTargetMin
        flat: true
        onClicked: root.stepRequested(-1)
        Accessible.role: Accessible.Button
        Accessible.name: root.previousName

        contentItem: Item {
            Chevron {
                anchors.centerIn: parent
                pointsUp: true
                color: previousButton.enabled ? Theme.primary : Theme.disabledText
            }
        }
        background: Rectangle {
            radius: Theme.radiusS
            color: previousButton.down ? Theme.surfaceTinted : "transparent"
            border.color: Theme.focusRing
            border.width: previousButton.visualFocus ? Theme.focusRingWidth : 0
        }
    }

    Item {
        Layout.fillWidth: true
        implicitHeight: Theme.wheelItemHeight * Theme.wheelVisibleItems

        // The band of the chosen row.
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            height: Theme.wheelItemHeight
            radius: Theme.radiusS
            color: Theme.surfaceTinted
            border.color: Theme.borderStrong
            border.width: Theme.borderWidth
        }

        Tumbler {
            id: tumbler

            anchors.fill: parent
            model: root.labels
            visibleItemCount: Theme.wheelVisibleItems
            wrap: root.wrap
            focusPolicy: Qt.StrongFocus

            Accessible.role: Accessible.SpinBox
            Accessible.name: root.caption + ": " + (root.labels[tumbler.currentIndex] ?? "")
            Accessible.onIncreaseAction: root.stepRequested(1)
            Accessible.onDecreaseAction: root.stepRequested(-1)

            onModelChanged: positionTimer.restart()
            // A flick has come to rest on a row.
            onMovingChanged: {
                if (!tumbler.moving) {
                    root.wantedIndex = tumbler.currentIndex;
                    root.moved();
                }
            }
            Keys.onUpPressed: root.stepRequested(-1)
            Keys.onDownPressed: root.stepRequested(1)

            delegate: Text {
                id: row

                required property int index
                required property string modelData
                readonly property bool available: row.index >= root.firstAvailable && row.index < root.endAvailable
                readonly property bool current: row.index === tumbler.currentIndex

                textFormat: Text.PlainText
                text: row.modelData
                color: row.current ? Theme.primary : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeBody
                font.bold: row.current
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                // Rows fade towards the edges of the wheel; unavailable ones more.
                opacity: (row.available ? 1 : 0.35)
                         * (1 - Math.abs(row.Tumbler.displacement) / (Theme.wheelVisibleItems / 2 + 0.5))
                Accessible.ignored: true

                // A tap on a row chooses it; on the chosen row, confirms it.
                TapHandler {
                    onTapped: {
                        tumbler.forceActiveFocus(Qt.MouseFocusReason);
                        root.setCurrentIndex(row.index);
                        root.moved();
                    }
                }
            }
        }

        // Until the wheel is engaged, a mouse wheel over it goes to the page (a tap or a touch
        // drag still reaches the wheel: this takes no buttons).
        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.NoButton
            enabled: !root.engaged
            onWheel: (wheel) => root.scrollPage(wheel)
        }
    }

    Button {
        id: nextButton

        Layout.fillWidth: true
        implicitHeight: Theme.touchTargetMin
        flat: true
        onClicked: root.stepRequested(1)
        Accessible.role: Accessible.Button
        Accessible.name: root.nextName

        contentItem: Item {
            Chevron {
                anchors.centerIn: parent
                pointsUp: false
                color: nextButton.enabled ? Theme.primary : Theme.disabledText
            }
        }
        background: Rectangle {
            radius: Theme.radiusS
            color: nextButton.down ? Theme.surfaceTinted : "transparent"
            border.color: Theme.focusRing
            border.width: nextButton.visualFocus ? Theme.focusRingWidth : 0
        }
    }
}
