// The kiosk's question components on their own: the date picker cannot go past its maximum
// date and keeps days within the month, steps whole dates by day, month and year (over month
// ends, year ends and 29 February), takes a typed year, names months in Spanish; Yes/No
// reports the answer and shows the choice by a mark and bold text, not colour alone; "I don't
// remember" clears the date and disables the picker.
import QtQuick
import QtTest
import Intake.Common
import Intake.Kiosk

Item {
    width: 800; height: 900

    Component { id: pickerComponent
        DatePicker { width: 500; maximumDate: "2026-11-26"; minimumDate: "1900-01-01"; label: "Date of birth" }
    }
    Component { id: scrolledPickerComponent
        Flickable {
            property alias picker: inner
            width: 600; height: 400; contentHeight: 1600
            DatePicker { id: inner; y: 60; width: 500; maximumDate: "2026-11-26"; value: "2000-06-15"; label: "Date of birth" }
        }
    }
    Component { id: yesNoComponent
        YesNoQuestion { width: 700; text: "Do you have diabetes?" }
    }
    Component { id: dateQuestionComponent
        DateQuestion { width: 700; text: "When?"; maximumDate: "2026-11-26"; optional: true }
    }

    TestCase {
        name: "Components"
        when: windowShown

        function findByName(item, name) {
            if (item.objectName === name) return item;
            for (let i = 0; i < item.children.length; ++i) { const f = findByName(item.children[i], name); if (f) return f; }
            return null;
        }
        function findByA11y(item, name) {
            if (item.Accessible && item.Accessible.name === name && item.visible) return item;
            for (let i = 0; i < item.children.length; ++i) { const f = findByA11y(item.children[i], name); if (f) return f; }
            return null;
        }

        SignalSpy { id: spy; signalName: "dateSelected" }

        function test_picker_clamps_future() {
            const picker = createTemporaryObject(pickerComponent, parent, { value: "2026-11-20" });
            spy.target = picker; spy.clear();
            wait(100);
            // next year from 2026 is not there (no future); next month from November → December 2026 → clamped to 26 Nov
            const nextMonth = findByA11y(picker, "Date of birth: next month");
            verify(nextMonth);
            mouseClick(nextMonth);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "2026-11-26");
        }
        function test_picker_day_clamped_to_month() {
            const picker = createTemporaryObject(pickerComponent, parent, { value: "2025-01-31" });
            spy.target = picker; spy.clear();
            wait(100);
            mouseClick(findByA11y(picker, "Date of birth: next month"));
            compare(spy.signalArguments[0][0], "2025-02-28");
        }
        function test_picker_previous_day_and_year() {
            const picker = createTemporaryObject(pickerComponent, parent, { value: "1988-04-12" });
            spy.target = picker; spy.clear();
            wait(100);
            mouseClick(findByA11y(picker, "Date of birth: previous day"));
            compare(spy.signalArguments[0][0], "1988-04-11");
            picker.value = "1988-04-11";
            mouseClick(findByA11y(picker, "Date of birth: previous year"));
            compare(spy.signalArguments[1][0], "1987-04-11");
        }
        // An arrow steps the whole date, as its name says: across a month end, a year end and
        // 29 February, and stepping the month or year from the 29th of February or the 31st
        // ends on the last day of the shorter month.
        function test_picker_steps_whole_dates_data() {
            return [
                { tag: "previous day over a month end", from: "2026-03-01", arrow: "previous day", to: "2026-02-28" },
                { tag: "next day over a month end", from: "2026-04-30", arrow: "next day", to: "2026-05-01" },
                { tag: "previous day over a year end", from: "2026-01-01", arrow: "previous day", to: "2025-12-31" },
                { tag: "next day over a year end", from: "2025-12-31", arrow: "next day", to: "2026-01-01" },
                { tag: "previous day to 29 February", from: "2024-03-01", arrow: "previous day", to: "2024-02-29" },
                { tag: "next day from 29 February", from: "2024-02-29", arrow: "next day", to: "2024-03-01" },
                { tag: "next day from 28 February of a leap year", from: "2024-02-28", arrow: "next day", to: "2024-02-29" },
                { tag: "previous month over a year end", from: "2026-01-15", arrow: "previous month", to: "2025-12-15" },
                { tag: "next month from 31 January", from: "2024-01-31", arrow: "next month", to: "2024-02-29" },
                { tag: "previous year from 29 February", from: "2024-02-29", arrow: "previous year", to: "2023-02-28" },
                { tag: "next day at the maximum stays", from: "2026-11-26", arrow: "next day", to: "2026-11-26" },
                { tag: "previous day at the minimum stays", from: "1900-01-01", arrow: "previous day", to: "1900-01-01" },
            ];
        }
        function test_picker_steps_whole_dates(data) {
            const picker = createTemporaryObject(pickerComponent, parent, { value: data.from });
            spy.target = picker; spy.clear();
            wait(50);
            mouseClick(findByA11y(picker, "Date of birth: " + data.arrow));
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], data.to);
        }
        function test_picker_ten_days_back_from_the_seventh() {
            // what a client does for "ten days ago" on the 7th of December
            const picker = createTemporaryObject(pickerComponent, parent, { maximumDate: "2026-12-07", value: "" });
            spy.target = picker; spy.clear();
            wait(50);
            const previousDay = findByA11y(picker, "Date of birth: previous day");
            for (let i = 0; i < 10; ++i)
                mouseClick(previousDay);
            compare(spy.count, 10);
            compare(spy.signalArguments[9][0], "2026-11-27");
        }
        // A mouse wheel over a date wheel nobody has tapped scrolls the page and changes no date;
        // once the client has tapped the wheel, the wheel takes it.
        function test_mouse_wheel_scrolls_the_page_until_a_wheel_is_tapped() {
            const flick = createTemporaryObject(scrolledPickerComponent, parent);
            spy.target = flick.picker; spy.clear();
            wait(50);
            const yearWheel = findByName(flick.picker, "yearWheel");
            const yearBefore = yearWheel.currentIndex;
            for (let notch = 0; notch < 3; ++notch)
                mouseWheel(yearWheel, yearWheel.width / 2, yearWheel.height / 2, 0, -120);
            wait(400);
            verify(flick.contentY > 0, "the page did not scroll");
            compare(spy.count, 0);
            compare(yearWheel.currentIndex, yearBefore);
            compare(flick.picker.value, "2000-06-15");

            const scrolled = flick.contentY;
            mouseClick(yearWheel, yearWheel.width / 2, yearWheel.height / 2);
            verify(yearWheel.engaged);
            for (let notch = 0; notch < 3; ++notch)
                mouseWheel(yearWheel, yearWheel.width / 2, yearWheel.height / 2, 0, -120);
            wait(400);
            compare(flick.contentY, scrolled, "the page scrolled under an engaged wheel");
        }
        // A typed year chooses the date the wheels show in that year; keystrokes that cannot make
        // a year in range are refused; the field follows a date chosen on the wheels.
        function test_picker_typed_year() {
            const picker = createTemporaryObject(pickerComponent, parent,
                                                 { defaultDate: "1986-11-26", yearTypable: true });
            spy.target = picker; spy.clear();
            wait(100);
            const field = findByA11y(picker, "Date of birth: year");
            verify(field);
            mouseClick(field);
            verify(field.activeFocus);
            keyClick(Qt.Key_1); keyClick(Qt.Key_9); keyClick(Qt.Key_8);
            compare(spy.count, 0);           // not a year yet
            keyClick(Qt.Key_1);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "1981-11-26");
            picker.value = "1981-11-26";
            compare(findByName(picker, "yearWheel").currentIndex, 1981 - 1900);
            // a fifth digit and letters are refused; a year after the latest date is named
            keyClick(Qt.Key_7); keyClick(Qt.Key_A);
            compare(field.text, "1981");
            verify(!findByA11y(picker, "Type a year from 1900 to 2026."));
            for (let i = 0; i < 4; ++i)
                keyClick(Qt.Key_Backspace);
            keyClick(Qt.Key_2); keyClick(Qt.Key_0); keyClick(Qt.Key_3); keyClick(Qt.Key_0);
            compare(field.text, "2030");
            verify(findByA11y(picker, "Type a year from 1900 to 2026."));
            compare(spy.count, 1);
            // leaving the field with an unfinished year shows the chosen date's year again
            field.focus = false;
            compare(field.text, "1981");
            // the wheels choose: the field follows
            mouseClick(findByA11y(picker, "Date of birth: previous year"));
            picker.value = spy.signalArguments[1][0];
            compare(picker.value, "1980-11-26");
            compare(field.text, "1980");
        }
        function test_picker_without_typed_year_has_no_field() {
            const picker = createTemporaryObject(pickerComponent, parent, { value: "1988-04-12" });
            wait(50);
            verify(!findByA11y(picker, "Date of birth: year"));
        }
        function test_picker_spanish_months() {
            const picker = createTemporaryObject(pickerComponent, parent, { value: "1988-04-12", locale: Qt.locale("es") });
            compare(picker.monthLabels[3], "abril");
            compare(picker.order.d, 0);
        }
        function test_yesno() {
            const q = createTemporaryObject(yesNoComponent, parent);
            const s = signalSpy.createObject(q, { target: q, signalName: "answerChosen" });
            const yes = findByA11y(q, "Yes: Do you have diabetes?");
            verify(yes);
            verify(yes.height >= 88);
            mouseClick(yes);
            compare(s.count, 1);
            compare(s.signalArguments[0][0], true);
            q.answer = true;
            verify(yes.selected);
            verify(yes.font.bold);
        }
        function test_dont_remember_disables_picker() {
            const q = createTemporaryObject(dateQuestionComponent, parent, { value: "2026-11-16" });
            const s = signalSpy.createObject(q, { target: q, signalName: "cleared" });
            const box = findByA11y(q, "I don't remember: When?");
            verify(box);
            mouseClick(box);
            compare(s.count, 1);
            verify(!findByName(q, "datePicker").enabled);
        }
        property Component signalSpy: Component { SignalSpy {} }
    }
}
