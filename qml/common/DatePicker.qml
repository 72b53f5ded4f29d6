pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A date as three wheels (day, month, year) in the order of the app's language, with month
// names in that language, and the chosen date read back in words under them. It cannot
// produce a date outside minimumDate..maximumDate: the wheels are put back inside the range.
// Until the client turns a wheel (or taps its chosen row) there is no date: the wheels show
// defaultDate and the line under them says so. With yearTypable, a field under the wheels takes
// the year typed on a keypad, which chooses the date the wheels show in that year. Dates are ISO strings ("YYYY-MM-DD"), as the
// IntakeSession takes them; this component only picks a date, it checks nothing else.
Rectangle {
    id: root

    // The chosen date, "" for none. Set it from the view-model; dateSelected() reports a change.
    property string value
    property string minimumDate: "1900-01-01"
    required property string maximumDate
    // What the wheels show while there is no value.
    property string defaultDate: root.maximumDate
    // The field's name ("Date of birth"), for the accessible names of the arrows.
    property string label
    // A field for typing the year (a birth year is decades from where the wheel starts).
    property bool yearTypable: false

    // The client picked a date (always within the range).
    signal dateSelected(string isoDate)

    // The language of the month names and of the order of the wheels (the app's language).
    property var locale: Qt.locale()
    readonly property var minimumParts: root.parse(root.minimumDate)
    readonly property var maximumParts: root.parse(root.maximumDate)
    readonly property int firstYear: root.minimumParts.year

    readonly property var dayLabels: Array.from({ length: 31 }, (_, i) => String(i + 1))
    // As the language writes them on their own ("April", "abril").
    readonly property var monthLabels: Array.from({ length: 12 },
                                                  (_, i) => root.locale.standaloneMonthName(i, Locale.LongFormat))
    readonly property var yearLabels: Array.from({ length: root.maximumParts.year - root.firstYear + 1 },
                                                 (_, i) => String(root.firstYear + i))

    // Where day, month and year go, from the language's short date format ("M/d/yy", "d/M/yy").
    readonly property var order: {
        const format = root.locale.dateFormat(Locale.ShortFormat);
        const positions = [{ part: "d", at: format.indexOf("d") },
                           { part: "M", at: format.indexOf("M") },
                           { part: "y", at: format.indexOf("y") }];
        positions.sort((a, b) => a.at - b.at);
        return { d: positions.findIndex(p => p.part === "d"),
                 M: positions.findIndex(p => p.part === "M"),
                 y: positions.findIndex(p => p.part === "y") };
    }

    // Four digits typed that are not a year the picker offers.
    readonly property bool yearOutOfRange: root.isOutOfRangeYear(yearField.text)

    function isOutOfRangeYear(digits: string): bool {
        return digits.length === 4 && (Number(digits) < root.firstYear || Number(digits) > root.maximumParts.year);
    }

    // What the wheels show now.
    readonly property int shownYear: root.firstYear + yearWheel.currentIndex
    readonly property int shownMonth: monthWheel.currentIndex + 1

    function parse(iso: string): var {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        if (!match)
            return { year: 1900, month: 1, day: 1 };
        return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    }

    function isoDate(year: int, month: int, day: int): string {
        return String(year).padStart(4, "0") + "-" + String(month).padStart(2, "0") + "-"
                + String(day).padStart(2, "0");
    }

    function daysIn(year: int, month: int): int {
        return new Date(year, month, 0).getDate();
    }

    function show(iso: string) {
        const parts = root.parse(iso);
        yearWheel.setCurrentIndex(Math.max(0, parts.year - root.firstYear));
        monthWheel.setCurrentIndex(parts.month - 1);
        dayWheel.setCurrentIndex(parts.day - 1);
    }

    // The date the wheels show (a day past the end of the month is its last day).
    function shownParts(): var {
        return { year: root.shownYear, month: root.shownMonth,
                 day: Math.min(dayWheel.currentIndex + 1, root.daysIn(root.shownYear, root.shownMonth)) };
    }

    // `iso` put back into the range, shown and reported as the client's choice.
    function choose(iso: string) {
        if (iso > root.maximumDate)
            iso = root.maximumDate;
        if (iso < root.minimumDate)
            iso = root.minimumDate;
        root.show(iso);
        root.dateSelected(iso);
    }

    // The client typed a whole year: the date the wheels show, in that year.
    function chooseYear(year: int) {
        const shown = root.shownParts();
        root.choose(root.isoDate(year, shown.month, Math.min(shown.day, root.daysIn(year, shown.month))));
    }

    // The client turned a wheel: the date the wheels now show.
    function commit() {
        const shown = root.shownParts();
        root.choose(root.isoDate(shown.year, shown.month, shown.day));
    }

    // An arrow (or a screen reader) asked for the next or previous day, month or year of the
    // date shown: a whole-date step, so the day before the 1st of March is the last day of
    // February and the month after January 31st ends on February's last day.
    function stepDays(days: int) {
        const shown = root.shownParts();
        const date = new Date(Date.UTC(shown.year, shown.month - 1, shown.day + days));
        root.choose(root.isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
    }

    function stepMonths(months: int) {
        const shown = root.shownParts();
        const total = shown.year * 12 + (shown.month - 1) + months;
        const year = Math.floor(total / 12);
        const month = total - year * 12 + 1;
        root.choose(root.isoDate(year, month, Math.min(shown.day, root.daysIn(year, month))));
    }

    implicitWidth: wheels.implicitWidth + 2 * Theme.spacingS
    implicitHeight: column.height + 2 * Theme.spacingS
    radius: Theme.radiusM
    color: Theme.background
    border.color: Theme.border
    border.width: Theme.borderWidth

    Accessible.role: Accessible.Grouping
    Accessible.name: root.label

    Component.onCompleted: root.show(root.value !== "" ? root.value : root.defaultDate)
    onValueChanged: {
        if (root.value !== "")
            root.show(root.value);
        // the year field follows the chosen date, except while the client types in it
        if (!yearField.activeFocus)
            yearField.text = root.value !== "" ? root.value.slice(0, 4) : "";
    }

    Column {
        id: column

        x: Theme.spacingS
        y: Theme.spacingS
        width: root.width - 2 * Theme.spacingS
        spacing: Theme.spacingXS

        // Wheels only (their height does not depend on their width): a layout is safe here.
        GridLayout {
            id: wheels

            width: column.width
            rows: 1
            columnSpacing: Theme.spacingS

            DateWheel {
                id: dayWheel

                objectName: "dayWheel"
                Layout.row: 0
                Layout.column: root.order.d
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.wheelDayWidth
                labels: root.dayLabels
                //: Caption of the day wheel of a date picker.
                caption: qsTr("Day")
                //: Accessible name of the arrow above the day wheel; %1 is the field, e.g. "Date of birth".
                previousName: qsTr("%1: previous day").arg(root.label)
                //: Accessible name of the arrow below the day wheel; %1 is the field, e.g. "Date of birth".
                nextName: qsTr("%1: next day").arg(root.label)
                firstAvailable: root.shownYear === root.minimumParts.year && root.shownMonth === root.minimumParts.month
                                ? root.minimumParts.day - 1 : 0
                endAvailable: root.shownYear === root.maximumParts.year && root.shownMonth === root.maximumParts.month
                              ? Math.min(root.maximumParts.day, root.daysIn(root.shownYear, root.shownMonth))
                              : root.daysIn(root.shownYear, root.shownMonth)
                onMoved: root.commit()
                onStepRequested: (delta) => root.stepDays(delta)
            }

            DateWheel {
                id: monthWheel

                objectName: "monthWheel"
                Layout.row: 0
                Layout.column: root.order.M
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.wheelMonthWidth
                labels: root.monthLabels
                //: Caption of the month wheel of a date picker.
                caption: qsTr("Month")
                //: Accessible name of the arrow above the month wheel; %1 is the field, e.g. "Date of birth".
                previousName: qsTr("%1: previous month").arg(root.label)
                //: Accessible name of the arrow below the month wheel; %1 is the field, e.g. "Date of birth".
                nextName: qsTr("%1: next month").arg(root.label)
                firstAvailable: root.shownYear === root.minimumParts.year ? root.minimumParts.month - 1 : 0
                endAvailable: root.shownYear === root.maximumParts.year ? root.maximumParts.month : 12
                onMoved: root.commit()
                onStepRequested: (delta) => root.stepMonths(delta)
            }

            DateWheel {
                id: yearWheel

                objectName: "yearWheel"
                Layout.row: 0
                Layout.column: root.order.y
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.wheelYearWidth
                labels: root.yearLabels
                wrap: false
                //: Caption of the year wheel of a date picker.
                caption: qsTr("Year")
                //: Accessible name of the arrow above the year wheel; %1 is the field, e.g. "Date of birth".
                previousName: qsTr("%1: previous year").arg(root.label)
                //: Accessible name of the arrow below the year wheel; %1 is the field, e.g. "Date of birth".
                nextName: qsTr("%1: next year").arg(root.label)
                onMoved: root.commit()
                onStepRequested: (delta) => root.stepMonths(12 * delta)
            }
        }

        Row {
            visible: root.yearTypable
            x: (column.width - width) / 2
            spacing: Theme.spacingS

            Label {
                anchors.verticalCenter: parent.verticalCenter
                textFormat: Text.PlainText
                //: Beside a small field under a date picker's wheels where the year can be typed instead.
                text: qsTr("Or type the year")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSizeSmall
            }

            FormTextField {
                id: yearField

                objectName: "yearField"
                width: Theme.yearFieldWidth
                horizontalAlignment: TextInput.AlignHCenter
                maximumLength: 4
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
                // digits only, from a hardware keyboard too
                validator: RegularExpressionValidator {
                    regularExpression: /[0-9]{0,4}/
                }
                //: Placeholder of the field where a year is typed: four digits.
                placeholderText: qsTr("YYYY")
                //: Accessible name of the field where the year of a date is typed; %1 is the field, e.g. "Date of birth".
                Accessible.name: qsTr("%1: year").arg(root.label)
                onTextEdited: {
                    // (read the text itself: this handler may run before bindings on it)
                    if (yearField.text.length === 4 && !root.isOutOfRangeYear(yearField.text))
                        root.chooseYear(Number(yearField.text));
                }
                onEditingFinished: {
                    // an unfinished or impossible year gives way to the chosen date's
                    if (yearField.text.length !== 4 || root.isOutOfRangeYear(yearField.text))
                        yearField.text = root.value !== "" ? root.value.slice(0, 4) : "";
                }
            }
        }

        FieldMessage {
            width: column.width
            //: Under the field where a year is typed, when the year typed is outside the range; %1 and %2 are years.
            text: root.yearOutOfRange ? qsTr("Type a year from %1 to %2.").arg(root.firstYear).arg(root.maximumParts.year) : ""
        }

        // The chosen date in words, so that it can be checked at a glance (and read aloud).
        Label {
            readonly property var chosen: root.parse(root.value)

            textFormat: Text.PlainText
            width: column.width
            text: root.value !== ""
                  ? new Date(chosen.year, chosen.month - 1, chosen.day).toLocaleDateString(root.locale, Locale.LongFormat)
                  //: Under a date picker before the client has turned a wheel.
                  : qsTr("No date chosen yet")
            color: root.value !== "" ? Theme.text : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeSmall
            font.bold: root.value !== ""
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            opacity: root.enabled ? 1 : 0.4
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
