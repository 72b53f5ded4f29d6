pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Kiosk

// The health questions, one questionnaire section at a time: the section's title, its questions
// (IntakeSession.questions, which adds and removes follow-up questions as answers change) and
// Back / Next. The page stays while the client moves between sections; each new section fades
// in at the top. Next always answers: when the section is not complete the session shows every
// message and the page scrolls to the first one. Every section opens at its top.
FormPage {
    id: root

    readonly property int section: IntakeSession.sectionIndex
    // Rows created from now on are follow-up questions appearing, and fade in.
    property bool built: false

    function revealFirstMessage() {
        for (let i = 0; i < questions.count; ++i) {
            const item = questions.itemAt(i);
            if (item && item.hasMessage) {
                root.ensureVisible(item);
                return;
            }
        }
    }

    //: Small line above the section title: which part of the health questions this is.
    overline: qsTr("Health questions, part %1 of %2").arg(IntakeSession.sectionIndex + 1).arg(IntakeSession.sectionCount)
    heading: IntakeSession.sectionTitle
    progress: IntakeSession.progress
    nextMuted: !IntakeSession.canProceed

    Accessible.role: Accessible.Pane
    Accessible.name: root.heading

    Component.onCompleted: root.built = true
    onSectionChanged: {
        root.scrollToTop();
        sectionFade.restart();
        sectionOpening.restart();
    }
    onBackClicked: IntakeSession.back()
    onNextClicked: {
        IntakeSession.next();
        revealMessage.restart();
    }

    // Once the messages the session just turned on have been laid out.
    Timer {
        id: revealMessage

        // After the positioners have placed what just changed (they do so before the next frame).
        interval: Theme.durationShort
        onTriggered: root.revealFirstMessage()
    }

    // A new section is opening: its rows were created with it (before the section number
    // changed), they are not follow-up questions appearing, and must not scroll the page down.
    Timer {
        id: sectionOpening

        interval: Theme.durationLong
    }

    NumberAnimation {
        id: sectionFade

        target: root.contentItem
        property: "opacity"
        from: 0
        to: 1
        duration: Theme.durationLong
        easing.type: Easing.OutCubic
    }

    Repeater {
        id: questions

        model: IntakeSession.questions

        delegate: QuestionRow {
            id: questionRow

            width: root.columnWidth
            animateIn: root.built
            // A follow-up question that an answer has just enabled comes into view.
            onAppeared: {
                if (!sectionOpening.running)
                    root.ensureVisible(questionRow);
            }
        }
    }
}
