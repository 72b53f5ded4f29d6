pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Kiosk

// Review (certification before signing, as REDCap e-Consent does it): every answer of the
// intake under its section, each with "Change"; then on to the consent.
FormPage {
    id: root

    //: Heading of the review page, where the client checks every answer before the consent.
    heading: qsTr("Check your answers")
    //: The certification sentence at the top of the review page.
    intro: qsTr("Please check your answers. If everything is correct, continue to the consent.")
    progress: IntakeSession.progress
    //: The button that goes on from the review page to the consent form.
    nextText: qsTr("Continue")
    nextMuted: !IntakeSession.canProceed

    Accessible.role: Accessible.Pane
    Accessible.name: root.heading

    onBackClicked: IntakeSession.back()
    onNextClicked: IntakeSession.next()

    ListView {
        id: answers

        width: root.columnWidth
        height: answers.contentHeight
        // The page scrolls, not the list; every row is built.
        interactive: false
        cacheBuffer: 100000
        model: IntakeSession.review
        section.property: "section"

        delegate: ReviewRow {
            width: ListView.view.width
            firstInSection: ListView.previousSection !== ListView.section
            lastInSection: ListView.nextSection !== ListView.section
        }
    }
}
