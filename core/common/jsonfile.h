#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace intake {

/// Reads a JSON document whose top level must be an object. Errors name the file (sourceName)
/// and, for syntax errors, the line and column. Files larger than maxBytes are refused before
/// they are read, so a hostile or mistaken path cannot exhaust memory.
Result<QJsonObject> readJsonObjectFile(const QString &path, qint64 maxBytes = 4 * 1024 * 1024);
Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &sourceName);

} // namespace intake
