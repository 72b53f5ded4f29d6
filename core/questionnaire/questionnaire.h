#pragma once

#include "common/result.h"
#include "questionnaire/localizedtext.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <variant>
#include <vector>

namespace intake {

/// The answer types of our FHIR subset: boolean, date, and text (string, text and choice code).
using AnswerValue = std::variant<bool, QDate, QString>;

/// One `enableWhen` condition of a FHIR item.
struct EnableWhen
{
    enum class Operator { Equals, NotEquals, Exists };

    QString question;        ///< linkId of the item whose answer is tested
    Operator op = Operator::Equals;
    AnswerValue answer;      ///< the value compared (for Exists: a bool, answered or not)
};

/// One choice of a `choice` item.
struct AnswerOption
{
    QString code;
    LocalizedText display;
};

/// An item of the questionnaire: a group (section), a display text or a question.
struct Item
{
    enum class Type { Group, Display, Boolean, Date, String, Text, Choice };
    enum class EnableBehavior { All, Any };

    QString linkId;
    Type type = Type::Display;
    LocalizedText text;
    bool required = false;
    int maxLength = 0;  ///< string/text: longest answer accepted, in characters
    QList<EnableWhen> enableWhen;
    EnableBehavior enableBehavior = EnableBehavior::All;
    QList<AnswerOption> answerOptions;
    std::vector<Item> items;  ///< children (groups)
    const Item *parent = nullptr;

    bool isQuestion() const { return type != Type::Group && type != Type::Display; }
};

QString itemTypeName(Item::Type type);

/// A parsed and validated FHIR R4 `Questionnaire` (the subset of
/// docs/QUESTIONNAIRE-AND-RULES.md). Immutable once loaded; cheap to share.
class Questionnaire
{
public:
    /// Parses and validates. Errors name `sourceName`, the item and the problem.
    static Result<Questionnaire> fromJson(const QJsonObject &json, const QString &sourceName);
    static Result<Questionnaire> load(const QString &path);

    QString url() const { return d->url; }
    QString version() const { return d->version; }
    QString sourceName() const { return d->sourceName; }
    const LocalizedText &title() const { return d->title; }

    /// Top-level items (the sections), in order.
    const std::vector<Item> &items() const { return d->items; }
    /// Every item, depth first, in document order.
    const QList<const Item *> &allItems() const { return d->allItems; }
    /// The item with this linkId, or nullptr.
    const Item *item(const QString &linkId) const;

private:
    struct Data
    {
        QString url;
        QString version;
        QString sourceName;
        LocalizedText title;
        std::vector<Item> items;
        QList<const Item *> allItems;
        QHash<QString, const Item *> byLinkId;
    };
    std::shared_ptr<const Data> d;
};

} // namespace intake
