pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Kiosk

// "About the treatment": what micro-needling is, who performs it and how long it takes, the
// price, and what the skin looks like afterwards, in short cards. Every sentence comes from the
// clinic's own micro-needling page (shared/seed/clinic-microneedling.txt); nothing is added.
FormPage {
    id: root

    //: Heading of the page that explains the treatment before the questions.
    heading: qsTr("About the treatment")
    //: Intro of the "About the treatment" page.
    intro: qsTr("Please take a moment to read what to expect from your micro-needling treatment.")
    //: The button that goes on from "About the treatment" to the client's details.
    nextText: qsTr("Continue")

    Accessible.role: Accessible.Pane
    Accessible.name: root.heading

    onBackClicked: IntakeSession.back()
    onNextClicked: IntakeSession.next()

    // Two cards a row in landscape, one in portrait; cards side by side are as tall as the
    // taller of the two.
    Grid {
        id: cards

        readonly property int cardWidth: root.portrait ? root.columnWidth
                                                       : (root.columnWidth - cards.columnSpacing) / 2

        width: root.columnWidth
        columns: root.portrait ? 1 : 2
        columnSpacing: Theme.spacingM
        rowSpacing: Theme.spacingM

        TreatmentCard {
            id: whatItIs

            width: cards.cardWidth
            height: root.portrait ? implicitHeight : Math.max(implicitHeight, whoAndHow.implicitHeight)
            //: Title of the card that says what micro-needling is.
            title: qsTr("What it is")
            //: From the clinic's page: what micro-needling is and what it is for.
            text: qsTr("Micro-needling is a minimally invasive treatment that makes thousands of tiny, controlled punctures in the skin. As the skin repairs itself, it makes new collagen. It is used to reduce wrinkles, fine lines and scars (especially acne scars) and to improve skin tone.")
        }

        TreatmentCard {
            id: whoAndHow

            width: cards.cardWidth
            height: root.portrait ? implicitHeight : Math.max(implicitHeight, whatItIs.implicitHeight)
            //: Title of the card that says who performs the treatment and how long it takes.
            title: qsTr("Who performs it and how long it takes")
            //: How long the treatment takes, set large. "min" is minutes.
            figure: qsTr("60 min")
            //: From the clinic's page. Blanca Gutierrez is the esthetician's name: keep it as it is.
            text: qsTr("Our esthetician, Blanca Gutierrez, performs the treatment. It is usually completed within 60 minutes. A numbing cream is applied first for your comfort.")
        }

        TreatmentCard {
            id: price

            width: cards.cardWidth
            height: root.portrait ? implicitHeight : Math.max(implicitHeight, afterwards.implicitHeight)
            //: Title of the card with the price of the treatment.
            title: qsTr("Price")
            //: The price of one treatment, set large (US dollars).
            figure: qsTr("$300")
            //: Under the price, set large above it: what the price is for.
            text: qsTr("For one micro-needling treatment.")
        }

        TreatmentCard {
            id: afterwards

            width: cards.cardWidth
            height: root.portrait ? implicitHeight : Math.max(implicitHeight, price.implicitHeight)
            //: Title of the card about how the skin looks after the treatment.
            title: qsTr("Afterwards")
            //: From the clinic's page: the expected redness and swelling and how long they last.
            text: qsTr("Your skin will be red, similar to a moderate sunburn, and may be slightly swollen. This usually subsides in 24 to 48 hours. By day 3 the skin is pink, with little sign of the treatment.")
        }
    }
}
