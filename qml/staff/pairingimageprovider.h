#pragma once

#include <QQuickImageProvider>

class PairingController;

// Serves the QR code of the pairing code on screen to QML as image://pairing/<serial>.
// Registered with the engine by the composition root; the engine owns it.
class PairingImageProvider : public QQuickImageProvider
{
public:
    explicit PairingImageProvider(const PairingController &controller);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    const PairingController &m_controller;
};
