#include "common/jsonfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace intake {

namespace {

// QJsonParseError gives a byte offset; people find a line and column easier.
QString lineAndColumn(const QByteArray &bytes, int offset)
{
    const auto before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &sourceName)
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QStringLiteral("%1: not valid JSON at %2: %3")
                         .arg(sourceName, lineAndColumn(bytes, parseError.offset),
                              parseError.errorString())};
    }
    if (!document.isObject())
        return Error{QStringLiteral("%1: the top level must be a JSON object").arg(sourceName)};
    return document.object();
}

Result<QJsonObject> readJsonObjectFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString())};
    if (file.size() > maxBytes) {
        return Error{QStringLiteral("%1: the file is %2 bytes, more than the %3 allowed")
                         .arg(path)
                         .arg(file.size())
                         .arg(maxBytes)};
    }
    // read one byte past the limit so that a file that grows or lies about its size is caught
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Error{QStringLiteral("%1: the file is larger than the %2 bytes allowed").arg(path).arg(maxBytes)};
    return parseJsonObject(bytes, path);
}

} // namespace intake
