// OutcomeIcon: an icon whose kind is set after it was made (an outcome badge bound to an intake
// that opens later) draws that kind with a shape made for it, in the icon's colour. Qt 6.4's
// Shape on the GPU does not draw a stroke whose colour changes from transparent to a colour, so
// each kind has its own shape; these tests run on the software renderer (offscreen), which
// repaints every change, so the pixels alone would not show the blank icon.
import QtQuick
import QtTest
import Intake.Common

Item {
    width: 200; height: 200

    Component { id: iconComponent
        OutcomeIcon { width: 48; height: 48; color: "#9B1C1C" }
    }

    TestCase {
        name: "OutcomeIcon"
        when: windowShown

        // The icon's Shapes (Repeater delegates: the icon's children with a renderer type).
        function shapes(icon) {
            const found = [];
            for (let i = 0; i < icon.children.length; ++i) {
                if (icon.children[i].rendererType !== undefined)
                    found.push(icon.children[i]);
            }
            return found;
        }
        function strokeColours(shape) {
            const colours = [];
            for (let i = 0; i < shape.data.length; ++i) {
                if (shape.data[i].strokeColor !== undefined)
                    colours.push(shape.data[i].strokeColor);
            }
            return colours;
        }
        // How many pixels of the icon's image have the icon's colour (give or take smoothing).
        function pixelsInColour(icon) {
            const image = grabImage(icon);
            let count = 0;
            for (let x = 0; x < image.width; ++x) {
                for (let y = 0; y < image.height; ++y) {
                    const p = image.pixel(x, y);
                    if (Math.abs(p.r - icon.color.r) < 0.1 && Math.abs(p.g - icon.color.g) < 0.1
                            && Math.abs(p.b - icon.color.b) < 0.1 && p.a > 0.9)
                        ++count;
                }
            }
            return count;
        }

        function test_a_kind_set_later_is_drawn_by_a_shape_made_for_it_data() {
            return ["contraindicated", "review", "defer", "precaution", "clear", "reviewed"].map(kind => ({ tag: kind, kind: kind }));
        }
        function test_a_kind_set_later_is_drawn_by_a_shape_made_for_it(data) {
            const icon = createTemporaryObject(iconComponent, parent, { kind: "" });
            verify(icon);
            waitForRendering(icon);
            const blank = shapes(icon);
            compare(blank.length, 1);
            verify(strokeColours(blank[0]).every(colour => colour.a === 0), "no kind: nothing drawn");

            icon.kind = data.kind;
            waitForRendering(icon);
            const drawn = shapes(icon);
            compare(drawn.length, 1);
            verify(drawn[0] !== blank[0], "the kind is drawn by a new shape, not by turning strokes of the old one visible");
            verify(strokeColours(drawn[0]).some(colour => Qt.colorEqual(colour, icon.color)));
            tryVerify(() => pixelsInColour(icon) > 20, 2000, "the icon draws in its colour");
        }

        function test_a_new_colour_keeps_the_shape() {
            const icon = createTemporaryObject(iconComponent, parent, { kind: "defer" });
            waitForRendering(icon);
            const before = shapes(icon)[0];
            icon.color = "#553C9A";
            waitForRendering(icon);
            compare(shapes(icon)[0], before);
            verify(strokeColours(before).some(colour => Qt.colorEqual(colour, "#553C9A")));
        }
    }
}
