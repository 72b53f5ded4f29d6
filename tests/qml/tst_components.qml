// The kiosk's question components on their own: the date picker cannot go past its maximum
// date and keeps days within the month, steps by day and year, names months in Spanish; Yes/No
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
