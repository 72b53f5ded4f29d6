#include "receiverstatus.h"

ReceiverStatus::ReceiverStatus(QObject *parent) : QObject(parent) {}

void ReceiverStatus::setAccepting(bool accepting)
{
    if (m_notAccepting == !accepting)
        return;
    m_notAccepting = !accepting;
    Q_EMIT notAcceptingChanged();
}
