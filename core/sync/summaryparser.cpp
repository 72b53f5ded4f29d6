#include "sync/summaryparser.h"

#include "common/text.h"
#include "sync/summary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <vector>

namespace intake {

namespace {

/// A key as it may appear in a one-line error: at most 40 characters, control characters and
/// anything outside printable ASCII shown as '?'.
QString printableKey(const QString &key)
{
    QString shown = key.left(40);
    for (QChar &c : shown) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            c = u'?';
    }
    return shown;
}

/// The number in text[from, from + count) when those are all ASCII digits, else -1.
int digits(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// Exactly YYYY-MM-DD (by hand: QDate::fromString with a format goes through the general,
/// locale-aware date parser, which is slow and accepts more than this).
QDate isoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);  // invalid for 2026-02-30 and the like
}

/// Exactly YYYY-MM-DDTHH:MM:SS.mmmZ, as Summary::build writes it.
QDateTime isoUtcTime(const QString &text)
{
    if (text.size() != 24 || text.at(10) != u'T' || text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.'
        || text.at(23) != u'Z')
        return {};
    const QDate date = isoDate(text.left(10));
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    const int millisecond = digits(text, 20, 3);
    if (!date.isValid() || hour < 0 || minute < 0 || second < 0 || millisecond < 0)
        return {};
    const QTime time(hour, minute, second, millisecond);
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

/// Collects the first error; every check names the field it looked at, never its value.
class Checker
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    Error error() const { return Error{QStringLiteral("summary: ") + m_error}; }

    bool fail(const QString &field, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = field + QStringLiteral(": ") + what;
        return false;
    }

    /// Only `allowed` keys; every one of `required` present.
    bool keys(const QJsonObject &object, const QString &where, const QStringList &allowed, const QStringList &required)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!allowed.contains(it.key())) {
                // the key is named: keys are the sender's field names, not a client's data, but
                // bounded and printable, so the error stays one short line
                return fail(where.isEmpty() ? QStringLiteral("(top level)") : where,
                            QStringLiteral("unknown key '%1'").arg(printableKey(it.key())));
            }
        }
        for (const QString &key : required) {
            if (!object.contains(key))
                return fail(join(where, key), QStringLiteral("missing"));
        }
        return true;
    }

    static QString join(const QString &where, const QString &key) { return where.isEmpty() ? key : where + u'.' + key; }

    std::optional<QString> string(const QJsonValue &value, const QString &field, qsizetype maxLength, bool allowEmpty = false,
                                  SummaryParser::Text kind = SummaryParser::Text::Line)
    {
        if (!value.isString()) {
            fail(field, QStringLiteral("not a string"));
            return std::nullopt;
        }
        const QString text = value.toString();
        if (text.size() > maxLength) {
            fail(field, QStringLiteral("longer than %1 characters").arg(maxLength));
            return std::nullopt;
        }
        if (const auto problem = SummaryParser::textProblem(text, kind)) {
            fail(field, *problem);
            return std::nullopt;
        }
        if (!allowEmpty && text.trimmed().isEmpty()) {
            fail(field, QStringLiteral("empty"));
            return std::nullopt;
        }
        return text;
    }

    std::optional<QDate> date(const QJsonValue &value, const QString &field)
    {
        const auto text = string(value, field, 10);
        if (!text)
            return std::nullopt;
        const QDate parsed = isoDate(*text);
        if (!parsed.isValid()) {
            fail(field, QStringLiteral("not a date (YYYY-MM-DD)"));
            return std::nullopt;
        }
        return parsed;
    }

    std::optional<QDateTime> utcTime(const QJsonValue &value, const QString &field)
    {
        const auto text = string(value, field, 24);
        if (!text)
            return std::nullopt;
        const QDateTime parsed = isoUtcTime(*text);
        if (!parsed.isValid()) {
            fail(field, QStringLiteral("not a UTC time (YYYY-MM-DDTHH:MM:SS.mmmZ)"));
            return std::nullopt;
        }
        return parsed;
    }

    /// {"en": "...", "es": "..."}: language codes to texts.
    bool localized(const QJsonValue &value, const QString &field)
    {
        if (!value.isObject())
            return fail(field, QStringLiteral("not an object of texts by language"));
        const QJsonObject object = value.toObject();
        if (object.size() > SummaryParser::maxLanguages)
            return fail(field, QStringLiteral("more than %1 languages").arg(SummaryParser::maxLanguages));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString &language = it.key();
            const bool languageShaped = language.size() >= 2 && language.size() <= 8
                                        && std::all_of(language.cbegin(), language.cend(), [](QChar c) {
                                               return (c >= u'a' && c <= u'z') || c == u'-' || (c >= u'A' && c <= u'Z');
                                           });
            if (!languageShaped)
                return fail(field, QStringLiteral("a key is not a language code"));
            if (!string(it.value(), field + u'.' + language, SummaryParser::maxTextLength, true, SummaryParser::Text::FreeText))
                return false;
        }
        return true;
    }

private:
    QString m_error;
};

bool isCanonicalUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool hyphen = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphen ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return !QUuid::fromString(text).isNull();
}

/// The index of the quote that closes the JSON string opening at `json[open]`.
qsizetype stringEnd(const QByteArray &json, qsizetype open)
{
    qsizetype i = open + 1;
    while (i < json.size() && json.at(i) != '"')
        i += json.at(i) == '\\' ? 2 : 1;
    return i;
}

/// The first key that appears twice in one object of `json`, which QJsonDocument has already
/// accepted, or nullopt. QJsonObject keeps one of the values while the bytes the console
/// stores keep both, so what staff see and what was signed and stored would differ. One pass
/// over the bytes: a set of keys per open object; a string right after '{', or after ','
/// within an object, is a key.
std::optional<QString> duplicateKey(const QByteArray &json)
{
    std::vector<std::optional<QSet<QString>>> open;  // per '{' its keys so far, per '[' nothing
    bool keyNext = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        switch (json.at(i)) {
        case '{':
            open.emplace_back(QSet<QString>());
            keyNext = true;
            break;
        case '[':
            open.emplace_back(std::nullopt);
            keyNext = false;
            break;
        case '}':
        case ']':
            if (!open.empty())
                open.pop_back();
            keyNext = false;
            break;
        case ',':
            keyNext = !open.empty() && open.back().has_value();
            break;
        case '"': {
            const qsizetype end = stringEnd(json, i);
            if (keyNext) {
                const QByteArray raw = json.mid(i + 1, end - i - 1);
                // an escaped key is decoded by Qt's own parser: "a\u0062" and "ab" are one key
                const QString key = raw.contains('\\')
                                        ? QJsonDocument::fromJson(QByteArray('[' + json.mid(i, end - i + 1) + ']')).array().at(0).toString()
                                        : QString::fromUtf8(raw);
                if (open.back()->contains(key))
                    return key;
                open.back()->insert(key);
                keyNext = false;
            }
            i = end;
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

/// The JSON object in `bytes`, at most SummaryParser::maxBytes, each key at most once per
/// object; errors start with `what`.
Result<QJsonObject> jsonObject(const QByteArray &bytes, const QString &what)
{
    if (bytes.size() > SummaryParser::maxBytes)
        return Error{QStringLiteral("%1: larger than %2 KiB").arg(what).arg(SummaryParser::maxBytes / 1024)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("%1: not valid JSON (%2 at byte %3)").arg(what, parseError.errorString()).arg(parseError.offset)};
    if (!document.isObject())
        return Error{QStringLiteral("%1: not a JSON object").arg(what)};
    if (const auto key = duplicateKey(bytes))
        return Error{QStringLiteral("%1: duplicate key '%2' (a key may appear only once in an object)").arg(what, printableKey(*key))};
    return document.object();
}

} // namespace

std::optional<QString> SummaryParser::textProblem(const QString &text, Text kind)
{
    // The rule is common/text.h's, the one the kiosk applies where a client types, so that a
    // summary the kiosk lets through is never refused here; NUL and the bidirectional controls
    // (both among what it refuses) are only named on their own.
    if (text.contains(QChar(u'\0')))
        return QStringLiteral("holds a NUL character");
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
        }))
        return QStringLiteral("holds a Unicode bidirectional control (U+202A to U+202E, U+2066 to U+2069)");
    if (hasMarkupCharacters(text))
        return QStringLiteral("holds '<' or '>'");
    if (hasControlCharacters(text, kind == Text::FreeText))
        return QStringLiteral("holds a control, formatting or unassigned character");
    return std::nullopt;
}

Result<ReceivedSummary> SummaryParser::parse(const QByteArray &bytes)
{
    auto json = jsonObject(bytes, QStringLiteral("summary"));
    if (!json)
        return json.error();
    auto summary = validate(json.value());
    if (summary)
        summary->bytes = bytes;
    return summary;
}

Result<QList<Result<ReceivedSummary>>> SummaryParser::parseBatch(const QByteArray &bytes)
{
    const auto envelope = jsonObject(bytes, QStringLiteral("batch"));
    if (!envelope)
        return envelope.error();
    const QJsonObject &json = envelope.value();
    const QStringList fields{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("summaries")};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!fields.contains(it.key()))
            return Error{QStringLiteral("batch: unknown key '%1'").arg(printableKey(it.key()))};
    }
    for (const QString &field : fields) {
        if (!json.contains(field))
            return Error{QStringLiteral("batch.%1: missing").arg(field)};
    }
    if (json.value(QStringLiteral("format")) != QJsonValue(QString::fromLatin1(Summary::batchFormat)))
        return Error{QStringLiteral("batch.format: not \"%1\"").arg(QString::fromLatin1(Summary::batchFormat))};
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != Summary::batchFormatVersion)
        return Error{QStringLiteral("batch.version: not %1 (this console reads version %1)").arg(Summary::batchFormatVersion)};
    const QJsonValue summaries = json.value(QStringLiteral("summaries"));
    if (!summaries.isArray())
        return Error{QStringLiteral("batch.summaries: not an array")};
    const QJsonArray items = summaries.toArray();
    if (items.isEmpty() || items.size() > maxBatchSummaries)
        return Error{QStringLiteral("batch.summaries: must hold 1 to %1 summaries, not %2").arg(maxBatchSummaries).arg(items.size())};
    QList<Result<ReceivedSummary>> parsed;
    parsed.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("summaries[%1]").arg(i);
        if (!items.at(i).isObject()) {
            parsed.append(Error{where + QStringLiteral(": not a JSON object")});
            continue;
        }
        auto summary = validate(items.at(i).toObject());
        parsed.append(summary ? std::move(summary) : Result<ReceivedSummary>(Error{where + QStringLiteral(": ") + summary.error().message}));
    }
    return parsed;
}

Result<ReceivedSummary> SummaryParser::validate(const QJsonObject &json)
{
    Checker check;
    ReceivedSummary summary;
    const QStringList topLevel{QStringLiteral("format"),  QStringLiteral("version"),      QStringLiteral("intake"),
                               QStringLiteral("kiosk"),   QStringLiteral("createdAt"),    QStringLiteral("client"),
                               QStringLiteral("appointmentDate"), QStringLiteral("outcome"), QStringLiteral("earliestDate"),
                               QStringLiteral("flags"),   QStringLiteral("consent")};
    QStringList required = topLevel;
    required.removeOne(QStringLiteral("earliestDate"));
    if (!check.keys(json, {}, topLevel, required))
        return check.error();

    if (json.value(QStringLiteral("format")) != QJsonValue(QStringLiteral("intake-summary")))
        return (check.fail(QStringLiteral("format"), QStringLiteral("not \"intake-summary\"")), check.error());
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != Summary::formatVersion)
        return (check.fail(QStringLiteral("version"), QStringLiteral("not %1 (this console reads version %1)").arg(Summary::formatVersion)),
                check.error());

    const auto uuid = check.string(json.value(QStringLiteral("intake")), QStringLiteral("intake"), 36);
    if (!uuid)
        return check.error();
    if (!isCanonicalUuid(*uuid))
        return (check.fail(QStringLiteral("intake"), QStringLiteral("not a UUID (lowercase, hyphenated)")), check.error());
    summary.uuid = *uuid;

    const auto kiosk = check.string(json.value(QStringLiteral("kiosk")), QStringLiteral("kiosk"), maxIdLength);
    const auto createdAt = check.utcTime(json.value(QStringLiteral("createdAt")), QStringLiteral("createdAt"));
    if (check.failed())
        return check.error();
    summary.kiosk = *kiosk;
    summary.createdAt = *createdAt;

    const QJsonValue clientValue = json.value(QStringLiteral("client"));
    if (!clientValue.isObject())
        return (check.fail(QStringLiteral("client"), QStringLiteral("not an object")), check.error());
    const QJsonObject client = clientValue.toObject();
    const QStringList clientKeys{QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("birthDate")};
    if (!check.keys(client, QStringLiteral("client"), clientKeys, clientKeys))
        return check.error();
    const auto firstName = check.string(client.value(QStringLiteral("firstName")), QStringLiteral("client.firstName"), maxNameLength);
    const auto lastName = check.string(client.value(QStringLiteral("lastName")), QStringLiteral("client.lastName"), maxNameLength);
    const auto birthDate = check.date(client.value(QStringLiteral("birthDate")), QStringLiteral("client.birthDate"));
    const auto appointmentDate = check.date(json.value(QStringLiteral("appointmentDate")), QStringLiteral("appointmentDate"));
    if (check.failed())
        return check.error();
    summary.firstName = *firstName;
    summary.lastName = *lastName;
    summary.birthDate = *birthDate;
    summary.appointmentDate = *appointmentDate;

    const auto outcomeName = check.string(json.value(QStringLiteral("outcome")), QStringLiteral("outcome"), 32);
    if (!outcomeName)
        return check.error();
    const auto outcome = severityFromName(*outcomeName);
    if (!outcome)
        return (check.fail(QStringLiteral("outcome"), QStringLiteral("not one of clear, precaution, defer, review, contraindicated")),
                check.error());
    summary.outcome = *outcome;

    const QJsonValue flagsValue = json.value(QStringLiteral("flags"));
    if (!flagsValue.isArray())
        return (check.fail(QStringLiteral("flags"), QStringLiteral("not an array")), check.error());
    const QJsonArray flags = flagsValue.toArray();
    if (flags.size() > maxFlags)
        return (check.fail(QStringLiteral("flags"), QStringLiteral("more than %1 flags").arg(maxFlags)), check.error());
    const QStringList flagKeys{QStringLiteral("code"),   QStringLiteral("severity"), QStringLiteral("linkId"),
                               QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("reason"),
                               QStringLiteral("guidance"), QStringLiteral("until")};
    const QStringList flagRequired{QStringLiteral("code"),   QStringLiteral("severity"), QStringLiteral("linkId"),
                                   QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("reason"),
                                   QStringLiteral("guidance")};
    Severity worst = Severity::Clear;
    bool anyUntil = false;
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const QString where = QStringLiteral("flags[%1]").arg(i);
        if (!flags.at(i).isObject())
            return (check.fail(where, QStringLiteral("not an object")), check.error());
        const QJsonObject flag = flags.at(i).toObject();
        if (!check.keys(flag, where, flagKeys, flagRequired))
            return check.error();
        const auto code = check.string(flag.value(QStringLiteral("code")), where + QStringLiteral(".code"), maxIdLength);
        const auto linkId = check.string(flag.value(QStringLiteral("linkId")), where + QStringLiteral(".linkId"), maxIdLength);
        const auto severityText = check.string(flag.value(QStringLiteral("severity")), where + QStringLiteral(".severity"), 32);
        if (check.failed())
            return check.error();
        const auto severity = severityFromName(*severityText);
        if (!severity || *severity == Severity::Clear)
            return (check.fail(where + QStringLiteral(".severity"), QStringLiteral("not one of precaution, defer, review, contraindicated")),
                    check.error());
        worst = std::max(worst, *severity);
        if (!check.localized(flag.value(QStringLiteral("question")), where + QStringLiteral(".question"))
            || !check.localized(flag.value(QStringLiteral("reason")), where + QStringLiteral(".reason"))
            || !check.localized(flag.value(QStringLiteral("guidance")), where + QStringLiteral(".guidance")))
            return check.error();
        // the client's answer: a boolean, a text or date, or null when the item was not answered
        const QJsonValue answer = flag.value(QStringLiteral("answer"));
        if (answer.isString()) {
            if (!check.string(answer, where + QStringLiteral(".answer"), maxTextLength, true, Text::FreeText))
                return check.error();
        } else if (!answer.isBool() && !answer.isNull()) {
            return (check.fail(where + QStringLiteral(".answer"), QStringLiteral("not a boolean, a string or null")), check.error());
        }
        if (flag.contains(QStringLiteral("until"))) {
            if (!check.date(flag.value(QStringLiteral("until")), where + QStringLiteral(".until")))
                return check.error();
            // only a defer flag carries the first day the treatment may be done
            if (*severity != Severity::Defer)
                return (check.fail(where + QStringLiteral(".until"), QStringLiteral("present on a flag that does not defer")), check.error());
            anyUntil = true;
        }
    }
    summary.flagCount = static_cast<int>(flags.size());
    if (worst != summary.outcome)
        return (check.fail(QStringLiteral("outcome"), QStringLiteral("not the most severe flag's severity")), check.error());

    if (json.contains(QStringLiteral("earliestDate"))) {
        const auto earliest = check.date(json.value(QStringLiteral("earliestDate")), QStringLiteral("earliestDate"));
        if (!earliest)
            return check.error();
        if (!anyUntil)
            return (check.fail(QStringLiteral("earliestDate"), QStringLiteral("present although no flag has 'until'")), check.error());
        summary.earliestDate = *earliest;
    } else if (anyUntil) {
        return (check.fail(QStringLiteral("earliestDate"), QStringLiteral("missing although a flag has 'until'")), check.error());
    }

    const QJsonValue consentValue = json.value(QStringLiteral("consent"));
    if (!consentValue.isObject())
        return (check.fail(QStringLiteral("consent"), QStringLiteral("not an object")), check.error());
    const QJsonObject consent = consentValue.toObject();
    const QStringList consentKeys{QStringLiteral("documentId"), QStringLiteral("version"), QStringLiteral("language"),
                                  QStringLiteral("signedAt")};
    if (!check.keys(consent, QStringLiteral("consent"), consentKeys, consentKeys))
        return check.error();
    check.string(consent.value(QStringLiteral("documentId")), QStringLiteral("consent.documentId"), maxIdLength);
    check.string(consent.value(QStringLiteral("version")), QStringLiteral("consent.version"), 32);
    check.string(consent.value(QStringLiteral("language")), QStringLiteral("consent.language"), 8);
    check.utcTime(consent.value(QStringLiteral("signedAt")), QStringLiteral("consent.signedAt"));
    if (check.failed())
        return check.error();

    summary.json = json;
    return summary;
}

} // namespace intake
