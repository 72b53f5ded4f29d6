#include "pairingimageprovider.h"

#include "pairingcontroller.h"

PairingImageProvider::PairingImageProvider(const PairingController &controller)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_controller(controller)
{
}

QImage PairingImageProvider::requestImage(const QString &, QSize *size, const QSize &requestedSize)
{
    QImage image = m_controller.qrImage();
    if (size)
        *size = image.size();
    // Scaled without smoothing: the modules stay sharp squares.
    if (!image.isNull() && requestedSize.isValid() && requestedSize != image.size())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::FastTransformation);
    return image;
}
