// Text that a client typed or a kiosk sent is shown as plain text: a Qt Quick Text left to guess
// its format (Text.AutoText) renders anything that looks like markup, so a name such as
// <img src="http://…"> would make the screen fetch that address. Every Label and Text in the
// apps' QML states its format; this reads the QML sources and names any that does not.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <gtest/gtest.h>

namespace {

// "Label {" or "Text {" (also "delegate: Text {") that opens a block, and its indentation.
const QRegularExpression blockStart(QStringLiteral(R"(^(\s*)(?:[A-Za-z.]+:\s*)?(?:Label|Text)\s*\{\s*$)"));

// The Labels and Texts of `file` (as "file:line") whose block sets no textFormat.
QStringList withoutFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {path + QStringLiteral(": cannot be read")};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QStringList missing;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = blockStart.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        const QString indent = match.captured(1);
        const QString closing = indent + u'}';
        const QString property = indent + QStringLiteral("    textFormat:");
        bool hasFormat = false;
        for (qsizetype j = i + 1; j < lines.size() && !lines.at(j).startsWith(closing); ++j)
            hasFormat = hasFormat || lines.at(j).startsWith(property);
        if (!hasFormat)
            missing << QStringLiteral("%1:%2").arg(QFileInfo(path).fileName()).arg(i + 1);
    }
    return missing;
}

} // namespace

TEST(PlainText, EveryLabelAndTextOfBothAppsStatesItsFormat)
{
    QStringList missing;
    int files = 0;
    for (const char *folder : {"kiosk", "kiosk/keyboard", "common", "staff"}) {
        const QDir dir(QStringLiteral(INTAKE_QML_DIR) + u'/' + QString::fromLatin1(folder));
        for (const QString &name : dir.entryList({QStringLiteral("*.qml")}, QDir::Files)) {
            missing << withoutFormat(dir.filePath(name));
            ++files;
        }
    }
    EXPECT_GT(files, 70) << "the QML sources were not found under " << INTAKE_QML_DIR;
    EXPECT_TRUE(missing.isEmpty()) << "Label or Text without textFormat (give it Text.PlainText): "
                                   << missing.join(QStringLiteral(", ")).toStdString();
}
