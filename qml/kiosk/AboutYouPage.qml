pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Kiosk

// "About you": first and last name, date of birth, phone or email, and the appointment date
// (today unless the client says otherwise). The fields write straight into the IntakeSession;
// its messages appear under them. Next always answers: when the page is not complete the
// session shows every message, and the page scrolls to the first one.
FormPage {
    id: root

    readonly property var messages: IntakeSession.clientMessages
    // Two fields a row in landscape, one in portrait.
    readonly property int fieldWidth: root.portrait ? root.columnWidth : (root.columnWidth - Theme.spacingL) / 2

    // After an unsuccessful Next: bring the first field with a message into view.
    function revealFirstMessage() {
        for (const message of [firstNameMessage, lastNameMessage, contactMessage, birthDateMessage, appointmentDateMessage]) {
            if (message.visible) {
                root.ensureVisible(message);
                return;
            }
        }
    }

    //: Heading of the page with the client's name, date of birth and contact.
    heading: qsTr("About you")
    //: Intro of the "About you" page.
    intro: qsTr("Please tell us who you are and how we can reach you.")
    progress: IntakeSession.progress
    nextMuted: !IntakeSession.canProceed

    Accessible.role: Accessible.Pane
    Accessible.name: root.heading

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

    Flow {
        width: root.columnWidth
        spacing: Theme.spacingL

        Column {
            width: root.fieldWidth
            spacing: Theme.spacingXS

            FieldLabel {
                width: parent.width
                //: Label of the first-name field.
                text: qsTr("First name")
            }
            FormTextField {
                id: firstNameField

                objectName: "firstNameField"
                width: parent.width
                text: IntakeSession.firstName
                attention: firstNameMessage.visible
                // A name: no word prediction, nothing learnt; capitals as usual.
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Accessible.name: qsTr("First name")
                onTextEdited: IntakeSession.firstName = firstNameField.text
                onAccepted: lastNameField.forceActiveFocus()
            }
            FieldMessage {
                id: firstNameMessage

                width: parent.width
                text: root.messages.firstName ?? ""
            }
        }

        Column {
            width: root.fieldWidth
            spacing: Theme.spacingXS

            FieldLabel {
                width: parent.width
                //: Label of the last-name field.
                text: qsTr("Last name")
            }
            FormTextField {
                id: lastNameField

                objectName: "lastNameField"
                width: parent.width
                text: IntakeSession.lastName
                attention: lastNameMessage.visible
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Accessible.name: qsTr("Last name")
                onTextEdited: IntakeSession.lastName = lastNameField.text
                onAccepted: contactField.forceActiveFocus()
            }
            FieldMessage {
                id: lastNameMessage

                width: parent.width
                text: root.messages.lastName ?? ""
            }
        }

        Column {
            width: root.columnWidth
            spacing: Theme.spacingXS

            FieldLabel {
                width: parent.width
                //: Label of the field for a phone number or an email address.
                text: qsTr("Phone or email")
            }
            FormTextField {
                id: contactField

                objectName: "contactField"
                width: parent.width
                text: IntakeSession.contact
                attention: contactMessage.visible
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
                //: Placeholder in the phone-or-email field: what either looks like.
                placeholderText: qsTr("e.g. 555 123 4567 or name@example.com")
                Accessible.name: qsTr("Phone or email")
                onTextEdited: IntakeSession.contact = contactField.text
                onAccepted: contactField.focus = false
            }
            FieldMessage {
                id: contactMessage

                width: parent.width
                text: root.messages.contact ?? ""
            }
        }

        Column {
            width: root.fieldWidth
            spacing: Theme.spacingXS

            FieldLabel {
                width: parent.width
                //: Label of the date-of-birth picker.
                text: qsTr("Date of birth")
            }
            DatePicker {
                objectName: "birthDatePicker"
                width: parent.width
                label: qsTr("Date of birth")
                locale: Qt.locale(UiLanguage.language)
                value: IntakeSession.birthDate
                // No one is born in the future.
                maximumDate: IntakeSession.today
                defaultDate: IntakeSession.birthDatePickerStart
                // Typing "1986" is quicker than turning the wheel through forty years.
                yearTypable: true
                onDateSelected: (isoDate) => IntakeSession.birthDate = isoDate
            }
            FieldMessage {
                id: birthDateMessage

                width: parent.width
                text: root.messages.birthDate ?? ""
            }
        }

        Column {
            width: root.fieldWidth
            spacing: Theme.spacingXS

            FieldLabel {
                width: parent.width
                //: Label of the appointment-date picker; it starts at today.
                text: qsTr("Appointment date")
            }
            DatePicker {
                objectName: "appointmentDatePicker"
                width: parent.width
                label: qsTr("Appointment date")
                locale: Qt.locale(UiLanguage.language)
                value: IntakeSession.appointmentDate
                minimumDate: IntakeSession.today
                maximumDate: IntakeSession.latestAppointmentDate
                defaultDate: IntakeSession.today
                onDateSelected: (isoDate) => IntakeSession.appointmentDate = isoDate
            }
            FieldMessage {
                id: appointmentDateMessage

                width: parent.width
                text: root.messages.appointmentDate ?? ""
            }
        }
    }
}
