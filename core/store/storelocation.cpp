#include "store/storelocation.h"

#include <QStandardPaths>

namespace intake {

QString defaultStoreDirectory()
{
    // GenericDataLocation, not AppDataLocation: the latter differs per application name, and the
    // kiosk and the CLI must agree on one folder.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        return {};
    return base + QStringLiteral("/intake-kiosk/store");
}

} // namespace intake
