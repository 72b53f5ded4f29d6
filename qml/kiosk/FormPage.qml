pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common

// The frame every step of an intake shares: a progress line under the header, a heading, the
// page's content in a column that scrolls when it does not fit, and Back / Next at the bottom.
// Pages put their content inside (it goes into the column; give each child
// `width: root.columnWidth`) and handle backClicked() and nextClicked(). The column is a
// positioner, not a layout: text wraps everywhere here, and Qt 6.4's layouts keep stale heights
// for items whose height depends on their width. While the on-screen keyboard is up the window
// gives the page less height; the field with focus is then scrolled into view, and a tap beside
// the fields closes the keyboard.
Page {
    id: root

    // A small line above the heading ("Health questions, part 2 of 6"); empty hides it.
    property string overline
    property string heading
    // A sentence or two under the heading; empty hides it.
    property string intro
    // 0..1; negative hides the progress line.
    property real progress: -1
    // The on-screen keyboard is up (set by the window, which docks it).
    property bool keyboardVisible: false

    property alias backText: navigation.backText
    property alias backAccessibleName: navigation.backAccessibleName
    property alias backVisible: navigation.backVisible
    property alias nextText: navigation.nextText
    property alias nextAccessibleName: navigation.nextAccessibleName
    property alias nextEnabled: navigation.nextEnabled
    property alias nextMuted: navigation.nextMuted
    // Shown next to Next, e.g. what is still missing; empty hides it.
    property alias navigationHint: navigation.hint

    // The column's width: the width of the page's content.
    readonly property alias columnWidth: column.width
    readonly property bool portrait: root.height > root.width
    readonly property int margin: root.portrait ? Theme.pageMarginPortrait : Theme.pageMarginLandscape

    default property alias content: column.data

    signal backClicked()
    signal nextClicked()

    // Scrolls so that `item` (inside the page) is in view, with some room around it.
    function ensureVisible(item: Item) {
        if (!item || !root.isInside(item))
            return;
        const top = item.mapToItem(scroller.contentItem, 0, 0).y - Theme.spacingM;
        const bottom = top + item.height + 2 * Theme.spacingM;
        const maxY = Math.max(0, scroller.contentHeight - scroller.height);
        let target = scroller.contentY;
        if (bottom > scroller.contentY + scroller.height)
            target = bottom - scroller.height;
        if (top < target)
            target = top;
        target = Math.max(0, Math.min(maxY, target));
        if (Math.abs(target - scroller.contentY) < 1)
            return;
        scrollAnimation.to = target;
        scrollAnimation.restart();
    }

    function scrollToTop() {
        scrollAnimation.stop();
        scroller.contentY = 0;
    }

    // Whether `item` is somewhere inside this page's scrolling content.
    function isInside(item: Item): bool {
        for (let parentItem = item; parentItem; parentItem = parentItem.parent) {
            if (parentItem === scroller.contentItem)
                return true;
        }
        return false;
    }

    // The field being typed in stays above the on-screen keyboard.
    function revealFocus() {
        const item = root.Window.activeFocusItem;
        if (item && root.isInside(item))
            root.ensureVisible(item);
    }

    readonly property Item focusItem: root.Window.activeFocusItem
    onFocusItemChanged: revealTimer.restart()
    onHeightChanged: revealTimer.restart()

    // Once the page has been laid out again (the keyboard just came up, the field just got focus).
    Timer {
        id: revealTimer

        // After the positioners have placed what just changed (they do so before the next frame).
        interval: Theme.durationShort
        onTriggered: root.revealFocus()
    }

    padding: 0
    background: Rectangle {
        color: Theme.background
    }

    header: ProgressBar {
        id: progressBar

        visible: root.progress >= 0
        from: 0
        to: 1
        value: Math.max(0, root.progress)
        implicitHeight: Theme.progressHeight

        //: Accessible name of the progress line at the top of every page of the questionnaire.
        Accessible.name: qsTr("Progress")
        Accessible.role: Accessible.ProgressBar

        background: Rectangle {
            color: Theme.surfaceTinted
        }
        contentItem: Item {
            Rectangle {
                width: progressBar.visualPosition * parent.width
                height: parent.height
                color: Theme.primary

                Behavior on width {
                    NumberAnimation { duration: Theme.durationMedium; easing.type: Easing.OutCubic }
                }
            }
        }
    }

    Flickable {
        id: scroller

        anchors.fill: parent
        clip: true
        contentWidth: scroller.width
        contentHeight: column.height + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        interactive: scroller.contentHeight > scroller.height

        // A tap beside the fields, on nothing that takes it, puts the field being typed in down
        // (and the on-screen keyboard with it), as on a phone.
        TapHandler {
            onTapped: {
                const item = root.Window.activeFocusItem;
                if (item && root.isInside(item))
                    item.focus = false;
            }
        }

        NumberAnimation {
            id: scrollAnimation

            target: scroller
            property: "contentY"
            duration: Theme.durationMedium
            easing.type: Easing.OutCubic
        }

        Column {
            id: column

            width: Math.max(0, Math.min(scroller.width - 2 * root.margin, Theme.contentMaxWidth))
            x: (scroller.width - column.width) / 2
            y: Theme.spacingL
            spacing: Theme.spacingM

            Column {
                width: column.width
                spacing: Theme.spacingXS

                Label {
                    textFormat: Text.PlainText
                    width: parent.width
                    visible: root.overline !== ""
                    text: root.overline
                    color: Theme.primary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSizeSmall
                    font.bold: true
                    wrapMode: Text.WordWrap
                }

                Label {
                    textFormat: Text.PlainText
                    width: parent.width
                    visible: root.heading !== ""
                    text: root.heading
                    color: Theme.heading
                    font.family: Theme.headingFontFamily
                    font.pixelSize: Theme.fontSizeTitle
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Label {
                    textFormat: Text.PlainText
                    width: parent.width
                    visible: root.intro !== ""
                    text: root.intro
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSizeBody
                    wrapMode: Text.WordWrap
                }
            }
        }

        ScrollIndicator.vertical: ScrollHint {}
    }

    // Content continues below: the page fades out at the bottom edge instead of cutting a line.
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: Theme.spacingS
        height: Theme.spacingXL
        visible: scroller.interactive && !scroller.atYEnd
        gradient: Gradient {
            GradientStop { position: 0; color: "transparent" }
            GradientStop { position: 1; color: Theme.background }
        }
    }

    footer: NavigationBar {
        id: navigation

        // Back and Next stay while the on-screen keyboard is up (a client is never stuck in a
        // field), smaller, so the field being typed in keeps its room.
        compact: root.keyboardVisible
        contentWidth: column.width
        onBackClicked: root.backClicked()
        onNextClicked: root.nextClicked()
    }
}
