#pragma once

#include <QObject>

// Whether kiosks can reach this console, for its screens to say so. The HTTPS receiver
// (SummaryReceiver) can stop taking up connections while it still listens: when every TLS
// handshake slot is held, by a flood of connections that never finish their handshake, say. The
// kiosks then keep their summaries and try again later, and nothing else shows it: staff see a
// banner until the receiver takes up connections again.
class ReceiverStatus : public QObject
{
    Q_OBJECT

    // The receiver listens but has stopped taking up connections.
    Q_PROPERTY(bool notAccepting READ notAccepting NOTIFY notAcceptingChanged)

public:
    explicit ReceiverStatus(QObject *parent = nullptr);

    bool notAccepting() const { return m_notAccepting; }
    // What the listening receiver reports (SummaryReceiver::acceptingChanged); true again once
    // it takes up connections or no longer listens (the Pairing screen says when it does not).
    void setAccepting(bool accepting);

Q_SIGNALS:
    void notAcceptingChanged();

private:
    bool m_notAccepting = false;
};
