#pragma once

#include "console/consolerepository.h"
#include "questionnaire/questionnaire.h"
#include "store/intakestore.h"
#include "store/keyvault.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace intake::test {

/// The shipped questionnaire (summaries carry its question texts).
const Questionnaire &shippedQuestionnaire();

/// The wire summary of sampleIntake(index), as the kiosk's outbox holds it.
QJsonObject sampleSummary(int index = 0);
QByteArray sampleSummaryBytes(int index = 0);

/// A store of either kind in a temporary folder, unlocked by a key file (fast: no Argon2).
struct TempKeyFileStore
{
    QTemporaryDir dir;
    std::unique_ptr<IntakeStore> store;

    explicit TempKeyFileStore(StoreSchema schema);
    QString storePath() const { return dir.filePath(QStringLiteral("store")); }
    QString keyFile() const { return dir.filePath(QStringLiteral("store.key")); }
    KekSource kek() const { return KekSource::keyFile(keyFile()); }
};

/// A console store with a repository on a settable clock and one administrator.
struct ConsoleFixture
{
    TempKeyFileStore temp{StoreSchema::Console};
    QDateTime now{QDate(2026, 11, 25), QTime(10, 30), Qt::UTC};
    ConsoleRepository repository{temp.store->database(), [this] { return now; }};
    qint64 adminId = 0;

    ConsoleFixture();
    /// A paired kiosk the administrator has approved: its id and credential.
    KioskEnrollment pairKiosk(const QString &name = QStringLiteral("Waiting room tablet"));
    /// A paired kiosk that waits for approval.
    KioskEnrollment pairPendingKiosk(const QString &name = QStringLiteral("Waiting room tablet"));
};

} // namespace intake::test
