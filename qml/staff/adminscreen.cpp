#include "adminscreen.h"

#include "staffsession.h"

AdminScreen::AdminScreen(StaffSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_session, &StaffSession::stateChanged, this, [this] {
        report({}, {});
        refresh();
    });
}

bool AdminScreen::adminSignedIn() const
{
    return m_session.repository() && m_session.isSignedIn() && m_session.isAdmin();
}

bool AdminScreen::allowed(const QString &refusal)
{
    if (adminSignedIn())
        return true;
    report(refusal, {});
    return false;
}

void AdminScreen::report(const QString &error, const QString &message)
{
    m_lastError = error;
    m_lastMessage = message;
    Q_EMIT lastErrorChanged();
}
