#include "retentionsettings.h"

#include "staffsession.h"

#include "console/consolerepository.h"
#include "console/consoleretention.h"

using namespace intake;

RetentionSettings::RetentionSettings(StaffSession &session, QObject *parent) : AdminScreen(session, parent)
{
    refresh();
}

int RetentionSettings::defaultDays() const
{
    return ConsoleRetention::defaultDays;
}

int RetentionSettings::minimumDays() const
{
    return ConsoleRetention::minimumDays;
}

int RetentionSettings::maximumDays() const
{
    return ConsoleRetention::maximumDays;
}

bool RetentionSettings::allowed()
{
    return AdminScreen::allowed(tr("Only an administrator can change how long intakes are kept."));
}

bool RetentionSettings::save(const QString &days)
{
    if (!allowed())
        return false;
    bool ok = false;
    const int value = days.trimmed().toInt(&ok);
    if (!ok || value < ConsoleRetention::minimumDays || value > ConsoleRetention::maximumDays) {
        report(tr("Enter a whole number of days from %1 to %2.").arg(ConsoleRetention::minimumDays).arg(ConsoleRetention::maximumDays), {});
        return false;
    }
    if (auto status = m_session.repository()->retention().setDays(m_session.userId(), value); !status) {
        report(status.error().message, {});
        return false;
    }
    refresh();
    report({}, tr("Intakes are now kept for %1 days.").arg(value));
    return true;
}

bool RetentionSettings::purgeNow()
{
    if (!allowed())
        return false;
    auto deleted = m_session.repository()->retention().purgeNow(m_session.userId());
    if (!deleted) {
        report(deleted.error().message, {});
        return false;
    }
    report({}, deleted->summaries == 0 ? tr("No intake is past the retention period.")
                                      : tr("Intakes deleted as past the retention period: %1 (with their decisions).")
                                            .arg(deleted->summaries));
    if (deleted->summaries > 0)
        Q_EMIT purged();
    return true;
}

void RetentionSettings::refresh()
{
    int days = 0;
    if (adminSignedIn()) {
        auto kept = m_session.repository()->retention().days();
        if (kept)
            days = kept.value();
        else
            report(kept.error().message, {});
    }
    if (days != m_days) {
        m_days = days;
        Q_EMIT daysChanged();
    }
}
