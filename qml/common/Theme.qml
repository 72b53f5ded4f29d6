pragma Singleton
pragma ComponentBehavior: Bound

import QtQuick

// The one place for the look of the intake apps: colours, spacing, type, radii, touch sizes and
// motion. Pages and components use these names and never their own numbers.
//
// Design size: a 10" tablet, 1280x800 landscape or 800x1280 portrait, at 1 device pixel per
// logical pixel. Touch targets are at least 48 px; body text is at least 20 px; every text
// colour below has a contrast of at least 4.5:1 (WCAG 2.1 AA) on the backgrounds it is used on
// (the ratios are noted next to each colour).
QtObject {
    id: theme

    // --- accessibility switches ---------------------------------------------------------------

    // Large text for clients who need it: every font size grows by largeTextScale.
    property bool largeText: false
    readonly property real largeTextScale: 1.25
    readonly property real textScale: theme.largeText ? theme.largeTextScale : 1.0

    // --- colours: a calm, light "blue haven" palette -------------------------------------------

    readonly property color background: "#F3F7F8"       // window, behind everything
    readonly property color surface: "#FFFFFF"          // cards, header bar
    readonly property color surfaceTinted: "#E6F0F2"    // quiet emphasis: badges, selected rows
    readonly property color primary: "#1E5A6E"          // actions; 7.7:1 on surface, 7.1:1 on background
    readonly property color primaryPressed: "#174858"   // an action while it is pressed
    readonly property color textOnPrimary: "#FFFFFF"        // text on primary: 7.7:1 (pressed: 10:1)
    readonly property color text: "#1A2B33"             // body text: 13.6:1 on background
    readonly property color textMuted: "#4B5E67"        // secondary text: 6.3:1 on background, 5.9:1 on tint
    readonly property color heading: "#1E5A6E"          // headings, same hue as primary
    readonly property color border: "#D3E0E4"           // card outlines and dividers (decorative)
    readonly property color borderStrong: "#7E9BA5"     // outlines of controls: 3:1 on background
    readonly property color accent: "#8FB8C2"           // decoration only, never text
    readonly property color waveBack: "#E6F0F2"         // page waves; muted text on them: 5.9:1
    readonly property color waveFront: "#DDEBEE"        // muted text: 5.5:1
    readonly property color focusRing: "#B7791F"        // keyboard focus: 3.4:1 on background
    readonly property color attention: "#9A3412"        // messages next to a field: 7.3:1 on surface, 6.8:1 on background
    readonly property color attentionSurface: "#FDF1EB" // behind a field's message; attention text on it: 6.6:1
    readonly property color scrim: "#801A2B33"          // dims the screen behind a dialog (50 % of text)
    readonly property color keyboardBackdrop: "#263238" // beside a narrowed on-screen keyboard: its own colour
    readonly property color disabledText: "#7E9BA5"     // disabled controls (WCAG exempts them): the control outline colour

    // --- type -------------------------------------------------------------------------------

    // Installed with fonts-noto-core; fontconfig falls back to DejaVu when they are missing.
    readonly property string fontFamily: "Noto Sans"
    readonly property string headingFontFamily: "Noto Serif"

    readonly property int fontSizeSmall: Math.round(20 * theme.textScale)    // notes; never smaller
    readonly property int fontSizeBody: Math.round(22 * theme.textScale)
    readonly property int fontSizeLead: Math.round(28 * theme.textScale)     // subheadings
    readonly property int fontSizeBrand: Math.round(24 * theme.textScale)    // clinic name in the header
    readonly property int fontSizeButton: Math.round(26 * theme.textScale)
    readonly property int fontSizeTitle: Math.round(40 * theme.textScale)    // the heading of a form page or dialog
    readonly property int fontSizeDisplay: Math.round(60 * theme.textScale)  // a page's one heading
    readonly property int fontSizeCountdown: Math.round(72 * theme.textScale) // the idle warning's seconds

    readonly property real lineHeight: 1.3            // multiplier for wrapped body text

    // --- spacing (an 8 px grid) ------------------------------------------------------------------

    readonly property int spacingXXS: 4
    readonly property int spacingXS: 8
    readonly property int spacingS: 16
    readonly property int spacingM: 24
    readonly property int spacingL: 32
    readonly property int spacingXL: 48
    readonly property int spacingXXL: 64

    // --- shapes ------------------------------------------------------------------------------

    readonly property int radiusS: 8
    readonly property int radiusM: 16
    readonly property int radiusL: 24
    readonly property int borderWidth: 1
    readonly property int controlBorderWidth: 2
    readonly property int focusRingWidth: 3

    // --- sizes -------------------------------------------------------------------------------

    readonly property int touchTargetMin: 48           // nothing tappable is smaller
    readonly property int controlHeight: 56            // language switch, secondary buttons
    readonly property int controlMinWidth: 148
    readonly property int buttonHeightLarge: 88        // the one main action of a page
    readonly property int buttonMinWidthLarge: 320
    readonly property int headerHeight: 104
    readonly property int brandMarkSize: 56
    readonly property int badgeSize: 48                // numbered step badges
    readonly property int contentMaxWidth: 960         // longest comfortable line of a page
    readonly property int cardMinWidth: 480
    readonly property int pageMarginLandscape: 64
    readonly property int pageMarginPortrait: 48
    readonly property int strokeWidth: 3               // line art (brand mark)
    readonly property int waveHeight: 160              // the wave band at the bottom of a page
    readonly property int waveHeightCompact: 96        // the same on a landscape screen
    readonly property int switchInset: 4               // gap between a switch's outline and its segments
    readonly property int fieldHeight: 64              // text fields
    readonly property int checkBoxSize: 36             // the box of a check box (its row is at least touchTargetMin)
    readonly property int choiceMinWidth: 176          // a Yes or No button
    readonly property int choiceHeight: 88             // Yes / No and answer options: big enough for any thumb
    readonly property int iconSize: 28                 // check marks and small line icons
    readonly property int iconSizeLarge: 96            // the one symbol of a confirmation screen
    readonly property int progressHeight: 8            // the progress line under the header
    readonly property int scrollBarWidth: 8
    readonly property int textAreaHeight: 176          // a free-text answer: about four lines
    readonly property int dialogWidth: 560
    readonly property int dialogWidthWide: 720
    readonly property int keypadKeySize: 88            // staff PIN pad keys
    readonly property int pinDotSize: 20
    readonly property int countdownRingSize: 176       // the idle warning's ring
    readonly property int countdownRingWidth: 10
    readonly property int wheelItemHeight: 52          // one row of a date wheel
    readonly property int wheelVisibleItems: 3
    readonly property int scrollStep: 64               // one notch of a mouse wheel scrolls a page this far
    readonly property int wheelDayWidth: 96
    readonly property int wheelMonthWidth: 212
    readonly property int wheelYearWidth: 128
    readonly property int yearFieldWidth: 144          // a typed four-digit year, in larger text too
    readonly property int adminCornerSize: 96          // the invisible staff corner, top left
    readonly property int adminHoldMs: 3000            // how long staff press it

    // --- motion: slow and quiet ------------------------------------------------------------

    readonly property int durationShort: 120
    readonly property int durationMedium: 240
    readonly property int durationLong: 400            // a new set of questions fades in

    // --- the staff console (a desktop at 1280x800 or larger, mouse and keyboard) --------------

    // Outcome colours: each outcome also has its own icon (OutcomeIcon) and words, never colour
    // alone. Text colour on its tint, contrast noted; the icon uses the text colour.
    readonly property color contraindicatedText: "#9B1C1C"     // 6.9:1 on its tint
    readonly property color contraindicatedSurface: "#FDECEC"
    readonly property color reviewText: "#8A4500"              // 5.6:1 on its tint
    readonly property color reviewSurface: "#FFF1DF"
    readonly property color deferText: "#553C9A"               // 7.6:1 on its tint
    readonly property color deferSurface: "#F0EBFA"
    readonly property color precautionText: "#1D4E89"          // 7.4:1 on its tint
    readonly property color precautionSurface: "#E7F0FB"
    readonly property color clearText: "#256029"               // 6.8:1 on its tint
    readonly property color clearSurface: "#E7F4E8"

    // The window: this size where the screen has room, else the screen's free area, never
    // smaller than the minimum (a 1280x800 screen, less a panel and a title bar, has room for it).
    readonly property int consoleWindowWidth: 1440
    readonly property int consoleWindowHeight: 900
    readonly property int consoleMinimumWidth: 1024
    readonly property int consoleMinimumHeight: 680
    readonly property int consoleHeaderHeight: 80
    readonly property int consoleQueueWidth: 520          // the review queue beside the detail
    readonly property int consoleRowHeight: 96            // one intake in the queue
    readonly property int consoleControlHeight: 48        // filters, small buttons: the touch minimum
    readonly property int consoleFieldWidth: 360
    readonly property int consoleNumberFieldWidth: 200   // a field for a few digits (the retention period)
    readonly property int consoleKeypadKeySize: 72
    readonly property int outcomeIconSize: 24
    readonly property int qrCodeSize: 264
}
