#include "demostore.h"

#include "store/intakestore.h"
#include "store/keyvault.h"

#include <QTemporaryDir>

using namespace intake;
using namespace Qt::StringLiterals;

Status createDemoStore(const QTemporaryDir &folder, const QString &storeName, StoreSchema schema,
                       QString &dataDirectory, QString &keyFile,
                       const std::function<Status(IntakeStore &store)> &seed)
{
    if (!folder.isValid())
        return Error{u"cannot create a folder for the demo store"_s};
    dataDirectory = folder.filePath(storeName);
    keyFile = folder.filePath(u"demo.key"_s);
    if (auto status = KeyVault::createKeyFile(keyFile); !status)
        return status;
    auto store = IntakeStore::create(dataDirectory, KekSource::keyFile(keyFile), Argon2Params::fastForTests(), schema);
    if (!store)
        return store.error();
    return seed ? seed(*store.value()) : Status();
}
