#pragma once

#include "common/result.h"
#include "store/migrations.h"

#include <QString>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace intake {
class IntakeStore;
}

// The folder of a --demo store: a new temporary folder (0700) named for the program and its
// process, deleted when the returned object is (the program exits, also on SIGTERM or SIGINT:
// see terminationsignals.h). Demo folders left behind by a program that was killed (SIGKILL, a
// crash) are deleted first: those of this user whose process is gone.
std::unique_ptr<QTemporaryDir> createDemoFolder(const QString &program);

// The throw-away store of --demo (intake-kiosk, intake-staff): a new store in `folder`, a
// temporary folder deleted on exit, at <folder>/<storeName>, unlocked by the key file
// <folder>/demo.key so that nobody types a passphrase. Sets `dataDirectory` and `keyFile` to
// them. `seed` (if set) fills the new store; it is closed again before this returns, for the
// program to open as it would any other.
intake::Status createDemoStore(const QTemporaryDir &folder, const QString &storeName, intake::StoreSchema schema,
                               QString &dataDirectory, QString &keyFile,
                               const std::function<intake::Status(intake::IntakeStore &store)> &seed = {});
