#include "common/text.h"

namespace intake {

bool hasControlCharacters(const QString &text, bool multiline)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        } else if (text.at(i).isSurrogate()) {
            return true;
        }
        if (multiline && (codePoint == U'\n' || codePoint == U'\t'))
            continue;
        const auto category = QChar::category(codePoint);
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_NotAssigned || QChar::isNonCharacter(codePoint))
            return true;
    }
    return false;
}

bool hasMarkupCharacters(QStringView text)
{
    return text.contains(u'<') || text.contains(u'>');
}

} // namespace intake
