#pragma once

#include "adminscreen.h"

// The data-retention screen (administrators only): how many days the console keeps an intake
// (ConsoleRetention), a new period to keep, and a purge now of what is past it. The console also
// purges by itself (StaffApplication). Each change and purge is audited with the
// administrator's id.
class RetentionSettings : public AdminScreen
{
    Q_OBJECT

    Q_PROPERTY(int days READ days NOTIFY daysChanged)
    Q_PROPERTY(int defaultDays READ defaultDays CONSTANT)
    Q_PROPERTY(int minimumDays READ minimumDays CONSTANT)
    Q_PROPERTY(int maximumDays READ maximumDays CONSTANT)

public:
    explicit RetentionSettings(StaffSession &session, QObject *parent = nullptr);

    int days() const { return m_days; }
    int defaultDays() const;
    int minimumDays() const;
    int maximumDays() const;

    // Keeps `days` (typed: a whole number in range) as the retention period.
    Q_INVOKABLE bool save(const QString &days);
    // Deletes now what is past the retention period.
    Q_INVOKABLE bool purgeNow();
    void refresh() override;

Q_SIGNALS:
    void daysChanged();
    // purgeNow() deleted something: what lists intakes reads them again.
    void purged();

private:
    bool allowed();

    int m_days = 0;
};
