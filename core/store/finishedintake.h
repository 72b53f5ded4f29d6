#pragma once

#include "consent/signedconsent.h"
#include "questionnaire/response.h"
#include "screening/screeningresult.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace intake {

/// Who the client is, as they entered it on the kiosk.
struct ClientDetails
{
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString contact;  ///< phone or email
};

/// A complete intake as the kiosk saves it: the client, the answers, what screening concluded
/// and the signed consent.
struct FinishedIntake
{
    QString uuid;
    QDateTime createdAt;
    QString kioskId;
    QString questionnaireUrl;
    QString questionnaireVersion;
    QString rulesVersion;
    QDate appointmentDate;
    QString language;
    ClientDetails client;
    Response response;
    ScreeningResult screening;
    SignedConsent consent;
};

/// One line of a listing: enough for staff to find an intake, nothing of the answers.
struct IntakeListing
{
    QString uuid;
    QDateTime createdAt;
    QDate appointmentDate;
    QString firstName;
    QString lastName;
    Severity outcome = Severity::Clear;
    bool synced = false;
};

} // namespace intake
