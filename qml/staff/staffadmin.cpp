#include "staffadmin.h"

#include "staffsession.h"

#include "console/consolerepository.h"
#include "store/secretbytes.h"

using namespace intake;
using namespace Qt::StringLiterals;

StaffAdmin::StaffAdmin(StaffSession &session, QObject *parent) : AdminScreen(session, parent)
{
    refresh();
}

bool StaffAdmin::allowed()
{
    return AdminScreen::allowed(tr("Only an administrator can change staff users."));
}

bool StaffAdmin::addStaff(const QString &name, const QString &pin, const QString &repeatedPin, bool isAdmin)
{
    if (!allowed())
        return false;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        report(tr("Enter the new staff member's name."), {});
        return false;
    }
    const bool digitsOnly = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digitsOnly || pin.size() < StaffSession::minPinLength || pin.size() > StaffSession::maxPinLength) {
        report(tr("Choose a PIN of %1 to %2 digits.").arg(StaffSession::minPinLength).arg(StaffSession::maxPinLength), {});
        return false;
    }
    if (pin != repeatedPin) {
        report(tr("The two PINs are not the same."), {});
        return false;
    }
    auto added = m_session.repository()->addStaff(m_session.userId(), trimmed, SecretBytes::fromUtf8(pin), isAdmin);
    if (!added) {
        report(added.error().message, {});
        return false;
    }
    report({}, tr("%1 can now sign in.").arg(trimmed));
    refresh();
    return true;
}

bool StaffAdmin::disable(qint64 staffId)
{
    if (!allowed())
        return false;
    if (staffId == m_session.userId()) {
        report(tr("You cannot disable yourself while signed in."), {});
        return false;
    }
    if (auto status = m_session.repository()->disableStaff(m_session.userId(), staffId); !status) {
        report(status.error().message, {});
        return false;
    }
    QString name;
    for (const QVariant &user : std::as_const(m_users)) {
        if (user.toMap().value(u"id"_s).toLongLong() == staffId)
            name = user.toMap().value(u"name"_s).toString();
    }
    report({}, tr("%1 can no longer sign in.").arg(name));
    refresh();
    return true;
}

void StaffAdmin::refresh()
{
    QVariantList list;
    if (adminSignedIn()) {
        auto users = m_session.repository()->staffUsers();
        if (users) {
            for (const StaffUser &user : users.value()) {
                list.append(QVariantMap{{u"id"_s, user.id},
                                        {u"name"_s, user.name},
                                        {u"isAdmin"_s, user.isAdmin},
                                        {u"active"_s, user.active()},
                                        {u"createdAt"_s, user.createdAt.toLocalTime()}});
            }
        } else {
            report(users.error().message, {});
        }
    }
    m_users = list;
    Q_EMIT usersChanged();
}
