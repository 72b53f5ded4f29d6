// DecisionOption: the words of a decision stay inside its button at the width the decision
// panel gives an option on a 1280x800 screen (two columns, about 300 px), also the longest
// option in either language, and the button grows to hold them.
import QtQuick
import QtTest
import Intake.Common
import Intake.Staff

Item {
    width: 800; height: 400

    Component { id: optionComponent
        DecisionOption { width: 296 }
    }

    TestCase {
        name: "DecisionOption"
        when: windowShown

        // The option's words: the Text of its content.
        function wordsOf(option) {
            const items = option.contentItem.children;
            for (let i = 0; i < items.length; ++i) {
                if (items[i].text === option.text)
                    return items[i];
            }
            return null;
        }

        function test_the_words_stay_inside_data() {
            return [
                { tag: "English", text: "Proceed with precautions" },
                { tag: "Spanish", text: "Continuar con precauciones" },
            ];
        }
        function test_the_words_stay_inside(data) {
            const option = createTemporaryObject(optionComponent, parent, { text: data.text });
            verify(option);
            waitForRendering(option);
            const words = wordsOf(option);
            verify(words);
            const end = words.mapToItem(option, words.contentWidth, words.contentHeight);
            verify(end.x <= option.width - option.rightPadding + 0.5,
                   "the words end at " + end.x + " px in an option " + option.width + " px wide");
            verify(end.y <= option.height - option.bottomPadding + 0.5,
                   "the words end at " + end.y + " px in an option " + option.height + " px tall");
        }

        function test_a_short_decision_keeps_the_control_height() {
            const option = createTemporaryObject(optionComponent, parent, { text: "Proceed" });
            waitForRendering(option);
            compare(option.height, Theme.consoleControlHeight);
        }
    }
}
