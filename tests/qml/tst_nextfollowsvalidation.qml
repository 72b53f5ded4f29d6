// "Next follows validation": the question page bound to the real IntakeSession (registered as
// intake-kiosk registers it; see main.cpp). On a section with unanswered required questions
// Next is muted and, when tapped, stays on the section and shows the session's reason under
// every unanswered question; answering a question by tapping it takes its reason away; once
// every required question is answered Next is no longer muted and goes on to the next section.
// Nothing here decides validity: the page only shows IntakeSession.canProceed and the messages.
import QtQuick
import QtTest
import Intake.Kiosk

// A sized root: a bare TestCase root gets a 0x0 window on Qt 6.4 and clicks miss.
Item {
    id: root

    width: 1280
    height: 800

    Component {
        id: pageComponent

        QuestionPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "NextFollowsValidation"
        when: windowShown

        function findByName(item, name) {
            if (item.objectName === name)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = findByName(item.children[i], name);
                if (found)
                    return found;
            }
            return null;
        }
        function findByA11y(item, name) {
            if (item.Accessible && item.Accessible.name === name && item.visible)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = findByA11y(item.children[i], name);
                if (found)
                    return found;
            }
            return null;
        }
        // The yes/no question rows of the page (QuestionRow delegates: they have a linkId; the
        // section's introduction is a row of type "display").
        function rowsOf(item, rows) {
            if (item.linkId !== undefined && item.hasMessage !== undefined && item.type === "boolean")
                rows.push(item);
            for (let i = 0; i < item.children.length; ++i)
                rowsOf(item.children[i], rows);
            return rows;
        }
        // The visible reason (an alert message) inside `item`, or null.
        function shownMessage(item) {
            if (item.Accessible && item.Accessible.role === Accessible.AlertMessage && item.visible && item.height > 0)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = shownMessage(item.children[i]);
                if (found)
                    return found;
            }
            return null;
        }
        // A tap on a control of the page, scrolled into view first as a client would scroll.
        function tap(page, control) {
            page.ensureVisible(control);
            wait(400);  // the scroll animation
            const centre = control.mapToItem(root, control.width / 2, control.height / 2);
            verify(centre.y > 0 && centre.y < root.height, "the control is in view: " + centre.y);
            mouseClick(control);
            // the page brings the control that took focus into view a moment later
            wait(200);
        }

        // A client on the first section of health questions, with their details filled in.
        function init() {
            IntakeSession.discard();
            IntakeSession.start();
            IntakeSession.next();
            IntakeSession.firstName = "Marisol";
            IntakeSession.lastName = "Quintanilla";
            IntakeSession.birthDate = "1988-04-17";
            IntakeSession.contact = "marisol@example.com";
            IntakeSession.next();
            compare(IntakeSession.step, IntakeSession.Questions);
            compare(IntakeSession.sectionIndex, 0);
        }
        function cleanup() {
            IntakeSession.discard();
        }

        function test_next_follows_validation() {
            const page = createTemporaryObject(pageComponent, root);
            verify(page);
            waitForRendering(page);
            const next = findByName(page, "nextButton");
            verify(next);
            verify(next.enabled);  // Next always answers a tap ...
            verify(next.muted);    // ... but looks muted while the section is incomplete
            verify(!IntakeSession.canProceed);

            const rows = rowsOf(page, []);
            verify(rows.length >= 2, "the first section has several questions");
            for (const row of rows)
                compare(shownMessage(row), null, "no reason before the client tries: " + row.linkId);

            // Next on an incomplete section: the section stays, every question says why
            mouseClick(next);
            wait(50);
            compare(IntakeSession.step, IntakeSession.Questions);
            compare(IntakeSession.sectionIndex, 0);
            for (const row of rows) {
                const message = shownMessage(row);
                verify(message, "a reason under " + row.linkId);
                verify(message.Accessible.name.length > 0);
                compare(message.Accessible.name, row.message);
                // beside its own question: under the Yes/No buttons, inside the question's card
                const no = findByA11y(row, "No: " + row.text);
                verify(no, "the No button of " + row.linkId);
                verify(message.mapToItem(row, 0, 0).y >= no.mapToItem(row, 0, no.height).y);
            }

            // answering by touch takes each question's reason away; Next follows the session
            for (let i = 0; i < rows.length; ++i) {
                const row = rows[i];
                tap(page, findByA11y(row, "No: " + row.text));
                tryCompare(row, "hasMessage", false);
                compare(shownMessage(row), null, "the reason under " + row.linkId + " is gone");
                if (i + 1 < rows.length) {
                    verify(shownMessage(rows[i + 1]), "the next question still says why");
                    verify(next.muted, "Next is muted while " + (rows.length - i - 1) + " questions are open");
                    verify(!IntakeSession.canProceed);
                }
            }
            verify(IntakeSession.canProceed);
            verify(!next.muted, "every required question is answered: Next is no longer muted");

            // and Next goes on
            mouseClick(next);
            tryCompare(IntakeSession, "sectionIndex", 1);
        }

        function test_a_changed_answer_keeps_next_enabled_and_clearing_it_mutes_next() {
            const page = createTemporaryObject(pageComponent, root);
            waitForRendering(page);
            const next = findByName(page, "nextButton");
            const rows = rowsOf(page, []);
            for (const row of rows)
                tap(page, findByA11y(row, "No: " + row.text));
            verify(!next.muted);
            // Yes instead of No is still an answer
            tap(page, findByA11y(rows[0], "Yes: " + rows[0].text));
            verify(!next.muted);
            compare(IntakeSession.sectionIndex, 0);
            // an answer withdrawn: incomplete again
            IntakeSession.clearAnswer(rows[0].linkId);
            tryCompare(next, "muted", true);
        }
    }
}
