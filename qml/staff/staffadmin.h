#pragma once

#include "adminscreen.h"

#include <QVariantList>

// The staff users screen (administrators only): every staff member with their role and whether
// they may sign in; adds a staff member with a unique name and a PIN, and disables one (their
// history stays). Each change is audited with the administrator's id.
class StaffAdmin : public AdminScreen
{
    Q_OBJECT

    // {id, name, isAdmin, active, createdAt}, by name.
    Q_PROPERTY(QVariantList users READ users NOTIFY usersChanged)

public:
    explicit StaffAdmin(StaffSession &session, QObject *parent = nullptr);

    QVariantList users() const { return m_users; }

    Q_INVOKABLE bool addStaff(const QString &name, const QString &pin, const QString &repeatedPin, bool isAdmin);
    Q_INVOKABLE bool disable(qint64 staffId);
    void refresh() override;

Q_SIGNALS:
    void usersChanged();

private:
    bool allowed();

    QVariantList m_users;
};
