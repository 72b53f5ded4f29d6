pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Kiosk

// The informed consent: the consent text for this treatment in the client's language (from the
// IntakeSession), a check box per acknowledgement, the printed name, the signature, and "Sign
// and finish", which submits the intake. The button waits until the session says everything
// is there; the note beside it says what that is.
FormPage {
    id: root

    // The number of acknowledgements: a stable model, so that ticking one (which renews the
    // session's list) relabels and re-ticks the check boxes instead of rebuilding them inside
    // the layout (which Qt 6.4's layouts do not survive).
    readonly property int acknowledgementCount: IntakeSession.acknowledgements.length

    heading: IntakeSession.consentTitle
    //: Intro of the consent page.
    intro: qsTr("Please read the consent form. Then tick each box, check your printed name and sign.")
    progress: IntakeSession.progress
    //: The button at the end of the consent form: it signs the form and finishes the intake.
    nextText: qsTr("Sign and finish")
    nextEnabled: IntakeSession.canProceed
    navigationHint: IntakeSession.canProceed ? ""
                                             //: Next to the disabled "Sign and finish" button.
                                             : qsTr("To finish, tick every box, print your name and sign.")

    Accessible.role: Accessible.Pane
    Accessible.name: root.heading

    // A signature belongs to the form it was drawn on: coming back to this page starts with an
    // empty pad, and so does the session.
    Component.onCompleted: IntakeSession.setSignature([])
    onBackClicked: IntakeSession.back()
    onNextClicked: IntakeSession.next()

    Card {
        width: root.columnWidth

        Accessible.role: Accessible.Document
        //: Accessible name of the card that holds the text of the consent form.
        Accessible.name: qsTr("Consent text")

        Column {
            width: parent.width
            spacing: Theme.spacingM

            // By count, as the check boxes below: a language switch relabels the sections.
            Repeater {
                model: IntakeSession.consentSections.length

                delegate: Column {
                    id: consentSection

                    required property int index
                    readonly property var modelData: IntakeSession.consentSections[consentSection.index]

                    width: parent.width
                    spacing: Theme.spacingXXS

                    Label {
                        textFormat: Text.PlainText
                        width: parent.width
                        text: consentSection.modelData.heading
                        color: Theme.heading
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSizeBody
                        font.bold: true
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }

                    Label {
                        textFormat: Text.PlainText
                        width: parent.width
                        text: consentSection.modelData.body
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSizeBody
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }
        }
    }

    Label {
        textFormat: Text.PlainText
        width: root.columnWidth
        topPadding: Theme.spacingS
        //: Consent page: heading above the acknowledgement check boxes.
        text: qsTr("Please confirm")
        color: Theme.heading
        font.family: Theme.headingFontFamily
        font.pixelSize: Theme.fontSizeLead
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Card {
        width: root.columnWidth
        padding: Theme.spacingM

        Column {
            width: parent.width
            spacing: Theme.spacingS

            Repeater {
                model: root.acknowledgementCount

                delegate: FormCheckBox {
                    id: acknowledgement

                    required property int index
                    readonly property var item: IntakeSession.acknowledgements[acknowledgement.index]

                    objectName: "acknowledgement_" + acknowledgement.item.id
                    width: parent.width
                    text: acknowledgement.item.text
                    checked: acknowledgement.item.checked
                    onToggled: IntakeSession.setAcknowledged(acknowledgement.item.id, acknowledgement.checked)
                }
            }
        }
    }

    Label {
        textFormat: Text.PlainText
        width: root.columnWidth
        topPadding: Theme.spacingS
        //: Consent page: heading above the printed name and the signature pad.
        text: qsTr("Your signature")
        color: Theme.heading
        font.family: Theme.headingFontFamily
        font.pixelSize: Theme.fontSizeLead
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Card {
        width: root.columnWidth
        padding: Theme.spacingM

        Column {
            width: parent.width
            spacing: Theme.spacingXS

            FieldLabel {
                width: parent.width
                //: Label of the printed-name field on the consent form.
                text: qsTr("Printed name")
            }

            FormTextField {
                id: printedName

                objectName: "printedNameField"
                width: parent.width
                text: IntakeSession.printedName
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Accessible.name: qsTr("Printed name")
                onTextEdited: IntakeSession.printedName = printedName.text
                onAccepted: printedName.focus = false
            }

            FieldLabel {
                width: parent.width
                topPadding: Theme.spacingS
                //: Label above the signature pad on the consent form.
                text: qsTr("Signature")
            }

            SignatureField {
                id: signature

                objectName: "signatureField"
                width: parent.width
                onChanged: IntakeSession.setSignature(signature.acceptable ? signature.strokesJson : [])
            }
        }
    }
}
