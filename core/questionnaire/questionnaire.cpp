#include "questionnaire/questionnaire.h"

#include "common/jsonfile.h"
#include "questionnaire/answer.h"

#include <QJsonArray>
#include <QSet>

namespace intake {

namespace {

constexpr int defaultStringMaxLength = 200;
constexpr int defaultTextMaxLength = 2000;
constexpr int largestMaxLength = 10000;

const QHash<QString, Item::Type> &itemTypesByName()
{
    static const QHash<QString, Item::Type> types{
        {QStringLiteral("group"), Item::Type::Group},     {QStringLiteral("display"), Item::Type::Display},
        {QStringLiteral("boolean"), Item::Type::Boolean}, {QStringLiteral("date"), Item::Type::Date},
        {QStringLiteral("string"), Item::Type::String},   {QStringLiteral("text"), Item::Type::Text},
        {QStringLiteral("choice"), Item::Type::Choice},
    };
    return types;
}

QString itemLabel(const QString &linkId)
{
    return QStringLiteral("item '%1'").arg(linkId);
}

/// Builds the item tree and stops at the first problem. enableWhen values are typed in a second
/// pass, once every question (and so its type) is known.
class Parser
{
public:
    explicit Parser(QString sourceName) : m_sourceName(std::move(sourceName)) {}

    Status parseItems(const QJsonValue &value, const QString &where, std::vector<Item> &out)
    {
        if (!value.isArray() || value.toArray().isEmpty())
            return error(where, QStringLiteral("needs a non-empty \"item\" array"));
        const auto array = value.toArray();
        out.reserve(static_cast<size_t>(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i) {
            Item item;
            const QString position = QStringLiteral("item #%1 of %2").arg(i + 1).arg(where);
            if (auto status = parseItem(array.at(i), position, item); !status)
                return status;
            out.push_back(std::move(item));
        }
        return {};
    }

    /// Second pass over the finished tree (in document order): every enableWhen must name an
    /// earlier question and compare it with a value of that question's type.
    Status resolveEnableWhen(const QList<Item *> &ordered)
    {
        QHash<QString, qsizetype> position;
        for (qsizetype i = 0; i < ordered.size(); ++i)
            position.insert(ordered.at(i)->linkId, i);

        for (qsizetype i = 0; i < ordered.size(); ++i) {
            Item &item = *ordered.at(i);
            const QList<QJsonObject> raw = m_rawConditions.value(item.linkId);
            for (qsizetype c = 0; c < item.enableWhen.size(); ++c) {
                EnableWhen &condition = item.enableWhen[c];
                const QString where = itemLabel(item.linkId);
                const auto target = position.constFind(condition.question);
                if (target == position.constEnd())
                    return error(where, QStringLiteral("enableWhen refers to unknown item '%1'").arg(condition.question));
                const Item &question = *ordered.at(*target);
                if (!question.isQuestion())
                    return error(where, QStringLiteral("enableWhen refers to '%1', which is not a question").arg(condition.question));
                // Questions depend only on earlier ones: the kiosk asks in order, and it rules
                // out cycles.
                if (*target >= i)
                    return error(where, QStringLiteral("enableWhen refers to '%1', which does not come before it").arg(condition.question));
                if (auto status = typeConditionValue(where, raw.at(c), question, condition); !status)
                    return status;
            }
        }
        return {};
    }

    Error errorAt(const QString &where, const QString &problem) const
    {
        return Error{QStringLiteral("%1: %2: %3").arg(m_sourceName, where, problem)};
    }

private:
    Status error(const QString &where, const QString &problem) const { return errorAt(where, problem); }

    Status parseItem(const QJsonValue &value, const QString &position, Item &item)
    {
        if (!value.isObject())
            return error(position, QStringLiteral("must be a JSON object"));
        const auto json = value.toObject();

        const auto linkId = json.value(QLatin1String("linkId"));
        if (!linkId.isString() || linkId.toString().trimmed().isEmpty())
            return error(position, QStringLiteral("needs a \"linkId\" string"));
        item.linkId = linkId.toString();
        const QString where = itemLabel(item.linkId);
        if (m_seen.contains(item.linkId))
            return error(where, QStringLiteral("the linkId is used twice"));
        m_seen.insert(item.linkId);

        const auto typeName = json.value(QLatin1String("type")).toString();
        const auto type = itemTypesByName().constFind(typeName);
        if (type == itemTypesByName().constEnd()) {
            return error(where, QStringLiteral("unsupported type '%1' (supported: group, display, boolean, "
                                               "date, string, text, choice)").arg(typeName));
        }
        item.type = *type;

        const auto text = json.value(QLatin1String("text"));
        if (!text.isString() || text.toString().trimmed().isEmpty())
            return error(where, QStringLiteral("needs a \"text\""));
        item.text = LocalizedText::fromFhir(text.toString(), json.value(QLatin1String("_text")));

        if (json.contains(QLatin1String("repeats")) && json.value(QLatin1String("repeats")) != QJsonValue(false))
            return error(where, QStringLiteral("\"repeats\" is not supported (one answer per item)"));

        if (json.contains(QLatin1String("required"))) {
            const auto required = json.value(QLatin1String("required"));
            if (!required.isBool())
                return error(where, QStringLiteral("\"required\" must be true or false"));
            item.required = required.toBool();
            if (item.required && !item.isQuestion())
                return error(where, QStringLiteral("a %1 item cannot be required").arg(typeName));
        }

        if (auto status = parseMaxLength(json, where, item); !status)
            return status;
        if (auto status = parseAnswerOptions(json, where, item); !status)
            return status;
        if (auto status = parseEnableWhen(json, where, item); !status)
            return status;

        if (item.type == Item::Type::Group)
            return parseItems(json.value(QLatin1String("item")), where, item.items);
        if (json.contains(QLatin1String("item")))
            return error(where, QStringLiteral("only group items can hold other items"));
        return {};
    }

    Status parseMaxLength(const QJsonObject &json, const QString &where, Item &item) const
    {
        const bool isText = item.type == Item::Type::String || item.type == Item::Type::Text;
        if (isText)
            item.maxLength = item.type == Item::Type::String ? defaultStringMaxLength : defaultTextMaxLength;
        if (!json.contains(QLatin1String("maxLength")))
            return {};
        if (!isText)
            return error(where, QStringLiteral("\"maxLength\" is only for string and text items"));
        const auto value = json.value(QLatin1String("maxLength"));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > largestMaxLength || number != static_cast<int>(number))
            return error(where, QStringLiteral("\"maxLength\" must be a whole number from 1 to %1").arg(largestMaxLength));
        item.maxLength = static_cast<int>(number);
        return {};
    }

    Status parseAnswerOptions(const QJsonObject &json, const QString &where, Item &item) const
    {
        const bool hasOptions = json.contains(QLatin1String("answerOption"));
        if (item.type != Item::Type::Choice) {
            if (hasOptions)
                return error(where, QStringLiteral("\"answerOption\" is only for choice items"));
            return {};
        }
        const auto options = json.value(QLatin1String("answerOption")).toArray();
        if (options.isEmpty())
            return error(where, QStringLiteral("a choice item needs a non-empty \"answerOption\" array"));
        QSet<QString> codes;
        for (const auto &optionValue : options) {
            const auto option = optionValue.toObject();
            AnswerOption parsed;
            if (option.contains(QLatin1String("valueCoding"))) {
                const auto coding = option.value(QLatin1String("valueCoding")).toObject();
                parsed.code = coding.value(QLatin1String("code")).toString();
                parsed.display = LocalizedText::fromFhir(coding.value(QLatin1String("display")).toString(),
                                                         coding.value(QLatin1String("_display")));
            } else if (option.value(QLatin1String("valueString")).isString()) {
                parsed.code = option.value(QLatin1String("valueString")).toString();
                parsed.display = LocalizedText::fromFhir(parsed.code, option.value(QLatin1String("_valueString")));
            }
            if (parsed.code.isEmpty())
                return error(where, QStringLiteral("each answerOption needs a valueCoding with a code, or a valueString"));
            if (parsed.display.isEmpty())
                return error(where, QStringLiteral("answerOption '%1' needs a display text").arg(parsed.code));
            if (codes.contains(parsed.code))
                return error(where, QStringLiteral("answerOption '%1' appears twice").arg(parsed.code));
            codes.insert(parsed.code);
            item.answerOptions.append(parsed);
        }
        return {};
    }

    Status parseEnableWhen(const QJsonObject &json, const QString &where, Item &item)
    {
        if (!json.contains(QLatin1String("enableWhen"))) {
            if (json.contains(QLatin1String("enableBehavior")))
                return error(where, QStringLiteral("\"enableBehavior\" without \"enableWhen\""));
            return {};
        }
        const auto conditions = json.value(QLatin1String("enableWhen"));
        if (!conditions.isArray() || conditions.toArray().isEmpty())
            return error(where, QStringLiteral("\"enableWhen\" must be a non-empty array"));
        for (const auto &conditionValue : conditions.toArray()) {
            const auto condition = conditionValue.toObject();
            EnableWhen parsed;
            parsed.question = condition.value(QLatin1String("question")).toString();
            if (parsed.question.isEmpty())
                return error(where, QStringLiteral("each enableWhen needs a \"question\""));
            const auto op = condition.value(QLatin1String("operator")).toString();
            if (op == QLatin1String("="))
                parsed.op = EnableWhen::Operator::Equals;
            else if (op == QLatin1String("!="))
                parsed.op = EnableWhen::Operator::NotEquals;
            else if (op == QLatin1String("exists"))
                parsed.op = EnableWhen::Operator::Exists;
            else
                return error(where, QStringLiteral("enableWhen operator '%1' is not supported (use =, != or exists)").arg(op));
            item.enableWhen.append(parsed);
            m_rawConditions[item.linkId].append(condition);
        }

        const auto behavior = json.value(QLatin1String("enableBehavior"));
        if (behavior.isUndefined()) {
            if (item.enableWhen.size() > 1)
                return error(where, QStringLiteral("\"enableBehavior\" (all or any) is required with more than one enableWhen"));
        } else if (behavior.toString() == QLatin1String("all")) {
            item.enableBehavior = Item::EnableBehavior::All;
        } else if (behavior.toString() == QLatin1String("any")) {
            item.enableBehavior = Item::EnableBehavior::Any;
        } else {
            return error(where, QStringLiteral("\"enableBehavior\" must be \"all\" or \"any\""));
        }
        return {};
    }

    /// The FHIR answer[x] element that fits a question of this type.
    static QString answerElementFor(const Item &question, EnableWhen::Operator op)
    {
        if (op == EnableWhen::Operator::Exists)
            return QStringLiteral("answerBoolean");
        switch (question.type) {
        case Item::Type::Boolean:
            return QStringLiteral("answerBoolean");
        case Item::Type::Date:
            return QStringLiteral("answerDate");
        case Item::Type::Choice:
            return QStringLiteral("answerCoding");
        default:
            return QStringLiteral("answerString");
        }
    }

    Status typeConditionValue(const QString &where, const QJsonObject &raw, const Item &question, EnableWhen &condition) const
    {
        const QString element = answerElementFor(question, condition.op);
        if (!raw.contains(element)) {
            return error(where, QStringLiteral("enableWhen on '%1' needs \"%2\"").arg(question.linkId, element));
        }
        const QJsonValue value = raw.value(element);
        if (condition.op == EnableWhen::Operator::Exists) {
            if (!value.isBool())
                return error(where, QStringLiteral("enableWhen \"exists\" needs answerBoolean true or false"));
            condition.answer = value.toBool();
            return {};
        }
        const QJsonValue plain = question.type == Item::Type::Choice
                                     ? value.toObject().value(QLatin1String("code"))
                                     : value;
        auto typed = answerFromJson(question, plain);
        if (!typed)
            return error(where, QStringLiteral("enableWhen value: %1").arg(typed.error().message));
        if (question.type == Item::Type::Choice) {
            const QString code = std::get<QString>(typed.value());
            const bool known = std::any_of(question.answerOptions.cbegin(), question.answerOptions.cend(),
                                           [&code](const AnswerOption &option) { return option.code == code; });
            if (!known)
                return error(where, QStringLiteral("enableWhen compares '%1' with '%2', which is not one of its options").arg(question.linkId, code));
        }
        condition.answer = typed.value();
        return {};
    }

    QString m_sourceName;
    QSet<QString> m_seen;
    QHash<QString, QList<QJsonObject>> m_rawConditions;
};

void collect(std::vector<Item> &items, Item *parent, QList<Item *> &out)
{
    for (auto &item : items) {
        item.parent = parent;
        out.append(&item);
        collect(item.items, &item, out);
    }
}

} // namespace

QString itemTypeName(Item::Type type)
{
    return itemTypesByName().key(type);
}

Result<Questionnaire> Questionnaire::fromJson(const QJsonObject &json, const QString &sourceName)
{
    Parser parser(sourceName);
    const auto top = QStringLiteral("the questionnaire");
    if (json.value(QLatin1String("resourceType")).toString() != QLatin1String("Questionnaire"))
        return parser.errorAt(top, QStringLiteral("\"resourceType\" must be \"Questionnaire\""));

    auto data = std::make_shared<Data>();
    data->sourceName = sourceName;
    data->url = json.value(QLatin1String("url")).toString();
    data->version = json.value(QLatin1String("version")).toString();
    if (data->url.isEmpty() || data->version.isEmpty())
        return parser.errorAt(top, QStringLiteral("needs a \"url\" and a \"version\" (records name the questionnaire they answered)"));
    const auto title = json.value(QLatin1String("title"));
    if (!title.isString() || title.toString().trimmed().isEmpty())
        return parser.errorAt(top, QStringLiteral("needs a \"title\""));
    data->title = LocalizedText::fromFhir(title.toString(), json.value(QLatin1String("_title")));

    if (auto status = parser.parseItems(json.value(QLatin1String("item")), top, data->items); !status)
        return status.error();

    QList<Item *> ordered;
    collect(data->items, nullptr, ordered);
    if (auto status = parser.resolveEnableWhen(ordered); !status)
        return status.error();
    if (!std::any_of(ordered.cbegin(), ordered.cend(), [](const Item *item) { return item->isQuestion(); }))
        return parser.errorAt(top, QStringLiteral("has no questions"));

    for (const Item *item : ordered) {
        data->allItems.append(item);
        data->byLinkId.insert(item->linkId, item);
    }
    Questionnaire questionnaire;
    questionnaire.d = std::move(data);
    return questionnaire;
}

Result<Questionnaire> Questionnaire::load(const QString &path)
{
    auto json = readJsonObjectFile(path);
    if (!json)
        return json.error();
    return fromJson(json.value(), path);
}

const Item *Questionnaire::item(const QString &linkId) const
{
    return d->byLinkId.value(linkId, nullptr);
}

} // namespace intake
