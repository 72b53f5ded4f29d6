#pragma once

#include <QObject>
#include <QString>

class StaffSession;

// What the administrators' screens share (StaffAdmin, RetentionSettings): they act only for a
// signed-in administrator, say what their last action did or why it was refused, and forget
// that when someone signs in or out.
class AdminScreen : public QObject
{
    Q_OBJECT

    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // What the last action did, for the screen ("" when nothing yet).
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY lastErrorChanged)

public:
    QString lastError() const { return m_lastError; }
    QString lastMessage() const { return m_lastMessage; }

    // Reads what the screen shows again (nothing unless an administrator is signed in).
    Q_INVOKABLE virtual void refresh() = 0;

Q_SIGNALS:
    void lastErrorChanged();

protected:
    explicit AdminScreen(StaffSession &session, QObject *parent = nullptr);

    // An administrator is signed in with the store open.
    bool adminSignedIn() const;
    // adminSignedIn(), or `refusal` reported and false.
    bool allowed(const QString &refusal);
    void report(const QString &error, const QString &message);

    StaffSession &m_session;

private:
    QString m_lastError;
    QString m_lastMessage;
};
