import QtQuick
import QtTest
import Intake.Kiosk

// SignaturePad records strokes (normalised points with their time), tells a signature from a dot
// or a tick, keeps the gesture inside a Flickable, and SignatureField's Clear wipes it.
//
// The root is a sized Item, not the TestCase: on Qt 6.4 a bare TestCase gets a 0x0 window and
// synthetic clicks miss.
Item {
    id: root

    width: 800
    height: 600

    Component {
        id: padComponent

        SignaturePad {
            width: 600
            height: 200
        }
    }

    Component {
        id: fieldComponent

        SignatureField {
            width: 700
        }
    }

    // A pad on a page that scrolls, as on the consent page.
    Component {
        id: scrollingPageComponent

        Flickable {
            id: page

            property alias pad: scrolledPad

            width: 800
            height: 400
            contentWidth: page.width
            contentHeight: 1200

            SignaturePad {
                id: scrolledPad

                x: 100
                y: 50
                width: 600
                height: 200
            }
        }
    }

    SignalSpy {
        id: acceptableSpy

        signalName: "isAcceptableChanged"
    }

    SignalSpy {
        id: strokesSpy

        signalName: "strokesChanged"
    }

    SignalSpy {
        id: drawingSpy

        signalName: "drawingChanged"
    }

    SignalSpy {
        id: fieldChangedSpy

        signalName: "changed"
    }

    TestCase {
        id: testCase

        name: "SignaturePad"
        when: windowShown

        function createPad() {
            const pad = createTemporaryObject(padComponent, root);
            verify(pad);
            return pad;
        }

        // Draws one stroke with the mouse through `points` ([[x, y], ...] in item pixels),
        // waiting `delay` ms before each move.
        function drawWithMouse(item, points, delay) {
            mousePress(item, points[0][0], points[0][1], Qt.LeftButton);
            for (let i = 1; i < points.length; ++i)
                mouseMove(item, points[i][0], points[i][1], delay === undefined ? 0 : delay, Qt.LeftButton);
            const last = points[points.length - 1];
            mouseRelease(item, last[0], last[1], Qt.LeftButton);
        }

        // A long zig-zag across most of the pad: what a real signature looks like to the pad.
        function zigzag(item) {
            const points = [];
            const left = item.width * 0.05;
            const right = item.width * 0.95;
            const step = item.width / 40;
            let up = true;
            for (let x = left; x <= right; x += step) {
                points.push([x, up ? item.height * 0.3 : item.height * 0.7]);
                up = !up;
            }
            return points;
        }

        function verifyPoint(point) {
            compare(point.length, 3, "a point is [x, y, ms]");
            verify(point[0] >= 0 && point[0] <= 1, "x " + point[0] + " is normalised");
            verify(point[1] >= 0 && point[1] <= 1, "y " + point[1] + " is normalised");
            verify(point[2] >= 0, "ms " + point[2] + " is not negative");
        }

        function init() {
            acceptableSpy.clear();
            strokesSpy.clear();
            drawingSpy.clear();
            fieldChangedSpy.clear();
        }

        function test_startsEmpty() {
            const pad = createPad();
            compare(pad.strokeCount, 0);
            verify(pad.isEmpty);
            verify(!pad.isAcceptable);
            verify(!pad.drawing);
            compare(pad.strokesJson.length, 0);
        }

        function test_mouseStrokeIsRecordedNormalisedWithTime() {
            const pad = createPad();
            strokesSpy.target = pad;
            drawWithMouse(pad, [[60, 50], [120, 80], [180, 120], [240, 150], [300, 100]], 30);

            compare(pad.strokeCount, 1);
            verify(!pad.isEmpty);
            verify(!pad.drawing);
            compare(strokesSpy.count, 1, "strokesChanged once, when the stroke ends");

            const strokes = pad.strokesJson;
            compare(strokes.length, 1);
            const stroke = strokes[0];
            compare(stroke.length, 5);
            stroke.forEach(verifyPoint);

            // Proportions of the 600x200 pad.
            fuzzyCompare(stroke[0][0], 60 / 600, 1e-9);
            fuzzyCompare(stroke[0][1], 50 / 200, 1e-9);
            fuzzyCompare(stroke[4][0], 300 / 600, 1e-9);
            fuzzyCompare(stroke[4][1], 100 / 200, 1e-9);

            // Time since the first touch: starts at (about) zero and never goes back.
            verify(stroke[0][2] < 30, "first point at " + stroke[0][2] + " ms");
            for (let i = 1; i < stroke.length; ++i)
                verify(stroke[i][2] >= stroke[i - 1][2], "time goes forward at point " + i);
            verify(stroke[4][2] >= stroke[0][2] + 4 * 30 - 10,
                   "four waits of 30 ms between the first and last point, got "
                   + (stroke[4][2] - stroke[0][2]) + " ms");
        }

        function test_pointsCloserThanAPixelAndAHalfAreSkipped() {
            const pad = createPad();
            drawWithMouse(pad, [[100, 100], [100.5, 100], [101, 101], [110, 100], [110, 100]]);
            compare(pad.strokesJson[0].length, 2, "jitter and repeats are not recorded");
        }

        function test_movesOffThePadStayOnIt() {
            const pad = createPad();
            drawWithMouse(pad, [[500, 150], [580, 190], [640, 260], [700, 300]]);
            const stroke = pad.strokesJson[0];
            stroke.forEach(verifyPoint);
            compare(stroke[stroke.length - 1][0], 1);
            compare(stroke[stroke.length - 1][1], 1);
        }

        function test_twoStrokes() {
            const pad = createPad();
            strokesSpy.target = pad;
            drawWithMouse(pad, [[50, 50], [150, 150], [250, 60]], 10);
            wait(20);
            drawWithMouse(pad, [[300, 100], [400, 120], [500, 80]], 10);

            compare(pad.strokeCount, 2);
            compare(strokesSpy.count, 2);
            const strokes = pad.strokesJson;
            compare(strokes.length, 2);
            for (const stroke of strokes) {
                compare(stroke.length, 3);
                stroke.forEach(verifyPoint);
            }
            // One clock for the whole signature: the second stroke starts after the first ended.
            verify(strokes[1][0][2] >= strokes[0][2][2] + 20,
                   "second stroke at " + strokes[1][0][2] + " ms, first ended at " + strokes[0][2][2]);
        }

        function test_tapIsNotASignature() {
            const pad = createPad();
            mouseClick(pad, 300, 100);
            compare(pad.strokeCount, 1, "a tap is a dot of ink");
            compare(pad.strokesJson[0].length, 1);
            verify(!pad.isEmpty);
            verify(!pad.isAcceptable);
        }

        function test_tickIsNotASignature() {
            const pad = createPad();
            drawWithMouse(pad, [[280, 100], [285, 106], [290, 112], [296, 104], [304, 92],
                                [312, 80], [320, 68], [328, 56], [336, 44], [344, 32], [352, 20]]);
            verify(pad.strokesJson[0].length >= 10, "enough points, too little ink");
            verify(!pad.isAcceptable);
        }

        function test_shortScribbleIsNotASignature() {
            // Plenty of ink, but all of it inside a small box: a scribble, not a name.
            const pad = createPad();
            const points = [];
            for (let i = 0; i < 40; ++i)
                points.push([300 + (i % 2 ? 30 : 0), 90 + (i % 4 < 2 ? 0 : 20)]);
            drawWithMouse(pad, points);
            verify(!pad.isAcceptable);
        }

        function test_zigzagAcrossThePadIsASignature() {
            const pad = createPad();
            acceptableSpy.target = pad;
            drawWithMouse(pad, zigzag(pad));
            verify(pad.isAcceptable);
            compare(acceptableSpy.count, 1);
        }

        function test_signatureInSeveralStrokesIsASignature() {
            // First and last name, a dot on an i: short strokes that add up.
            const pad = createPad();
            const all = zigzag(pad);
            drawWithMouse(pad, all.slice(0, 3));
            verify(!pad.isAcceptable, "an initial is too short");
            drawWithMouse(pad, all.slice(3));
            mouseClick(pad, 400, 40);
            compare(pad.strokeCount, 3);
            verify(pad.isAcceptable);
        }

        function test_clearEmptiesThePad() {
            const pad = createPad();
            drawWithMouse(pad, zigzag(pad));
            verify(pad.isAcceptable);
            acceptableSpy.target = pad;
            strokesSpy.target = pad;

            pad.clear();

            verify(pad.isEmpty);
            compare(pad.strokeCount, 0);
            verify(!pad.isAcceptable);
            compare(acceptableSpy.count, 1);
            compare(strokesSpy.count, 1);
            compare(pad.strokesJson.length, 0);

            // The clock starts again with the next signature.
            drawWithMouse(pad, [[100, 100], [200, 100]]);
            verify(pad.strokesJson[0][0][2] < 30);
        }

        function test_clearWhileDrawingLetsGoOfTheMouse() {
            const pad = createPad();
            mousePress(pad, 100, 100);
            mouseMove(pad, 150, 120, 0, Qt.LeftButton);
            verify(pad.drawing);
            drawingSpy.target = pad;
            pad.clear();
            verify(!pad.drawing);
            compare(drawingSpy.count, 1);
            mouseMove(pad, 200, 140, 0, Qt.LeftButton);
            mouseRelease(pad, 200, 140);
            verify(pad.isEmpty, "moves after the wipe draw nothing");
        }

        function test_touchDraws() {
            const pad = createPad();
            const touch = touchEvent(pad);
            touch.press(0, pad, 60, 50).commit();
            verify(pad.drawing);
            let x = 60;
            for (let i = 0; i < 10; ++i) {
                x += 30;
                touch.move(0, pad, x, i % 2 ? 50 : 150).commit();
                wait(5);
            }
            touch.release(0, pad, x, 150).commit();

            verify(!pad.drawing);
            compare(pad.strokeCount, 1);
            const stroke = pad.strokesJson[0];
            // At most one touch update a frame reaches the pad (see test_secondFingerIsIgnored).
            verify(stroke.length >= 2, "recorded " + stroke.length + " points");
            stroke.forEach(verifyPoint);
            fuzzyCompare(stroke[0][0], 60 / 600, 1e-9);
            fuzzyCompare(stroke[0][1], 50 / 200, 1e-9);
            fuzzyCompare(stroke[stroke.length - 1][0], x / 600, 1e-9);
            fuzzyCompare(stroke[stroke.length - 1][1], 150 / 200, 1e-9);
            for (let i = 1; i < stroke.length; ++i)
                verify(stroke[i][2] >= stroke[i - 1][2]);
        }

        function test_secondFingerIsIgnored() {
            const pad = createPad();
            const touch = touchEvent(pad);
            touch.press(0, pad, 50, 100).commit();
            touch.stationary(0).press(1, pad, 500, 20).commit();
            touch.move(0, pad, 100, 120).move(1, pad, 520, 30).commit();
            touch.move(0, pad, 150, 140).move(1, pad, 540, 40).commit();
            touch.release(1, pad, 540, 40).stationary(0).commit();
            touch.move(0, pad, 200, 150).commit();
            touch.release(0, pad, 200, 150).commit();

            compare(pad.strokeCount, 1);
            const stroke = pad.strokesJson[0];
            // Qt Quick delivers at most one touch update a frame (it merges the rest), so how
            // many moves make it depends on timing; where the stroke starts and ends does not.
            verify(stroke.length >= 2);
            fuzzyCompare(stroke[0][0], 50 / 600, 1e-9);
            fuzzyCompare(stroke[stroke.length - 1][0], 200 / 600, 1e-9);
            fuzzyCompare(stroke[stroke.length - 1][1], 150 / 200, 1e-9);
            for (const point of stroke)
                verify(point[0] <= 200 / 600 + 1e-9, "only the first finger's points: " + point[0]);
        }

        function test_flickableDoesNotStealTheStroke() {
            const page = createTemporaryObject(scrollingPageComponent, root);
            verify(page);
            const pad = page.pad;

            // Control: a vertical drag on the page outside the pad scrolls it.
            mouseDrag(page, 50, 350, 0, -150, Qt.LeftButton, Qt.NoModifier, 20);
            tryVerify(() => !page.moving);
            verify(page.contentY > 0, "the page scrolls outside the pad");
            page.contentY = 0;

            // A vertical stroke on the pad draws and does not scroll.
            const points = [];
            for (let y = 20; y <= 190; y += 10)
                points.push([300 + (y % 20), y]);
            drawWithMouse(pad, points, 10);
            compare(page.contentY, 0, "the page did not scroll");
            compare(pad.strokeCount, 1);
            compare(pad.strokesJson[0].length, points.length);
        }

        function test_flickableDoesNotStealATouchStroke() {
            const page = createTemporaryObject(scrollingPageComponent, root);
            verify(page);
            const pad = page.pad;
            const touch = touchEvent(pad);
            touch.press(0, pad, 300, 20).commit();
            for (let y = 30; y <= 190; y += 10) {
                touch.move(0, pad, 300 + (y % 20), y).commit();
                wait(5);
            }
            touch.release(0, pad, 300, 190).commit();
            compare(page.contentY, 0, "the page did not scroll");
            compare(pad.strokeCount, 1);
            const stroke = pad.strokesJson[0];
            verify(stroke.length >= 2);
            fuzzyCompare(stroke[stroke.length - 1][1], 190 / 200, 1e-9);
        }

        function test_fieldHintMessageAndClear() {
            const field = createTemporaryObject(fieldComponent, root);
            verify(field);
            fieldChangedSpy.target = field;
            const pad = findChild(field, "signaturePad");
            const hint = findChild(field, "signHint");
            const message = findChild(field, "signatureMessage");
            const clearButton = findChild(field, "clearButton");
            verify(pad && hint && message && clearButton);
            verify(pad.width > 0 && pad.height > 0);

            verify(field.empty);
            verify(!field.acceptable);
            verify(hint.visible);
            verify(!message.shown);
            verify(!clearButton.enabled, "nothing to clear");
            verify(clearButton.height >= 48 && clearButton.width >= 48, "a finger-sized target");
            compare(pad.Accessible.name, "Signature pad");
            compare(clearButton.Accessible.role, Accessible.Button);

            // A tick: the hint goes, and once the finger is up the field asks for more.
            mousePress(pad, 100, 100);
            mouseMove(pad, 110, 110, 0, Qt.LeftButton);
            verify(!hint.visible, "the hint goes as soon as drawing starts");
            verify(!message.shown, "no complaint while the finger is still down");
            mouseMove(pad, 130, 80, 0, Qt.LeftButton);
            mouseRelease(pad, 130, 80);
            verify(message.shown);
            verify(!field.acceptable);
            compare(fieldChangedSpy.count, 1);

            // Clear, then sign properly.
            mouseClick(clearButton);
            verify(field.empty);
            verify(hint.visible);
            verify(!message.shown);
            compare(field.strokesJson.length, 0);
            compare(fieldChangedSpy.count, 2);

            drawWithMouse(pad, zigzag(pad));
            verify(field.acceptable);
            verify(!message.shown);
            compare(field.strokesJson.length, 1);

            // The Clear button wipes a good signature too.
            verify(clearButton.enabled);
            mouseClick(clearButton);
            verify(field.empty);
            verify(!field.acceptable);
            compare(field.strokesJson.length, 0);
        }
    }
}
