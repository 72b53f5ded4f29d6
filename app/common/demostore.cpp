#include "demostore.h"

#include "store/intakestore.h"
#include "store/keyvault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace intake;
using namespace Qt::StringLiterals;

namespace {

const QString demoFolderPrefix = u"intake-demo-"_s;

// A demo folder is named intake-demo-<program>-<pid>-XXXXXX: its process still running?
bool ownerIsRunning(const QString &folderName)
{
    const QStringList parts = folderName.mid(demoFolderPrefix.size()).split(u'-');
    bool ok = false;
    const qint64 pid = parts.size() >= 3 ? parts.at(parts.size() - 2).toLongLong(&ok) : 0;
    if (!ok || pid <= 0)
        return true;  // not one of ours: leave it
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
}

void removeStaleDemoFolders()
{
    const QDir temp(QDir::tempPath());
    const auto folders = temp.entryInfoList({demoFolderPrefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        if (folder.ownerId() != ::getuid() || ownerIsRunning(folder.fileName()))
            continue;
        QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

} // namespace

std::unique_ptr<QTemporaryDir> createDemoFolder(const QString &program)
{
    removeStaleDemoFolders();
    return std::make_unique<QTemporaryDir>(QDir::tempPath() + u'/' + demoFolderPrefix + program + u'-'
                                           + QString::number(QCoreApplication::applicationPid()) + u"-XXXXXX"_s);
}

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
