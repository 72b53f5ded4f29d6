#include "testsupport.h"

#include "common/jsonfile.h"
#include "screening/screener.h"
#include "shippedassets.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace intake::test {

QJsonObject shippedQuestionnaireJson()
{
    return readJsonObjectFile(ShippedAssets::questionnairePath()).value();
}

QJsonObject shippedRulesJson()
{
    return readJsonObjectFile(ShippedAssets::rulesPath()).value();
}

const Questionnaire &shippedQuestionnaire()
{
    static const Questionnaire questionnaire = Questionnaire::load(ShippedAssets::questionnairePath()).value();
    return questionnaire;
}

const RuleSet &shippedRules()
{
    static const RuleSet rules = RuleSet::load(ShippedAssets::rulesPath(), shippedQuestionnaire()).value();
    return rules;
}

QJsonObject allNo()
{
    QJsonObject answers;
    for (const Item *item : shippedQuestionnaire().allItems()) {
        if (item->type == Item::Type::Boolean && item->required)
            answers.insert(item->linkId, false);
    }
    return answers;
}

QJsonObject answersWith(const QJsonObject &changes)
{
    QJsonObject answers = allNo();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isNull())
            answers.remove(it.key());
        else
            answers.insert(it.key(), it.value());
    }
    return answers;
}

static Result<ScreeningResult> screen(const QJsonObject &answers, QDate appointment)
{
    auto response = Response::fromJson(shippedQuestionnaire(), answers);
    if (!response)
        return response.error();
    return Screener::screen(shippedQuestionnaire(), shippedRules(), response.value(), appointment);
}

ScreeningResult screenOk(const QJsonObject &answers, QDate appointment)
{
    auto result = screen(answers, appointment);
    EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
    return result.ok() ? result.value() : ScreeningResult{};
}

QString screenError(const QJsonObject &answers, QDate appointment)
{
    auto result = screen(answers, appointment);
    return result.ok() ? QString() : result.error().message;
}

std::optional<Flag> findFlag(const ScreeningResult &result, const QString &code)
{
    for (const auto &flag : result.flags) {
        if (flag.code == code)
            return flag;
    }
    return std::nullopt;
}

static bool editIn(QJsonArray &items, const QString &linkId, const std::function<QJsonObject(QJsonObject)> &change)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item.value(QLatin1String("linkId")).toString() == linkId) {
            items.replace(i, change(item));
            return true;
        }
        QJsonArray children = item.value(QLatin1String("item")).toArray();
        if (editIn(children, linkId, change)) {
            item.insert(QStringLiteral("item"), children);
            items.replace(i, item);
            return true;
        }
    }
    return false;
}

QJsonObject editItem(QJsonObject questionnaire, const QString &linkId, const std::function<QJsonObject(QJsonObject)> &change)
{
    QJsonArray items = questionnaire.value(QLatin1String("item")).toArray();
    const bool found = editIn(items, linkId, change);
    EXPECT_TRUE(found) << "no item " << linkId.toStdString();
    questionnaire.insert(QStringLiteral("item"), items);
    return questionnaire;
}

} // namespace intake::test
