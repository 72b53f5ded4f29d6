#pragma once

#include <QObject>
#include <QVariantList>

class StaffSession;

// The staff users screen (administrators only): every staff member with their role and whether
// they may sign in; adds a staff member with a unique name and a PIN, and disables one (their
// history stays). Each change is audited with the administrator's id.
class StaffAdmin : public QObject
{
    Q_OBJECT

    // {id, name, isAdmin, active, createdAt}, by name.
    Q_PROPERTY(QVariantList users READ users NOTIFY usersChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // What the last add or disable did, for the screen ("" when nothing yet).
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY lastErrorChanged)

public:
    explicit StaffAdmin(StaffSession &session, QObject *parent = nullptr);

    QVariantList users() const { return m_users; }
    QString lastError() const { return m_lastError; }
    QString lastMessage() const { return m_lastMessage; }

    Q_INVOKABLE bool addStaff(const QString &name, const QString &pin, const QString &repeatedPin, bool isAdmin);
    Q_INVOKABLE bool disable(qint64 staffId);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void usersChanged();
    void lastErrorChanged();

private:
    bool allowed();
    void report(const QString &error, const QString &message);

    StaffSession &m_session;
    QVariantList m_users;
    QString m_lastError;
    QString m_lastMessage;
};
