#include "questionlistmodel.h"

#include "intakesession.h"

#include "questionnaire/answer.h"

#include <algorithm>

using namespace intake;

QuestionListModel::QuestionListModel(IntakeSession &session) : m_session(session) {}

int QuestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = *m_items.at(index.row());
    const auto answer = m_session.response().answer(item.linkId);
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m_session.localized(item.text);
    case LinkIdRole:
        return item.linkId;
    case TypeRole:
        return itemTypeName(item.type);
    case RequiredRole:
        return item.required;
    case AnswerRole:
        return answer ? answerToJson(*answer).toVariant() : QVariant();
    case AnsweredRole:
        return answer.has_value();
    case MessageRole:
        return m_session.messageFor(item.linkId);
    case OptionsRole: {
        QVariantList options;
        for (const AnswerOption &option : item.answerOptions)
            options.append(QVariantMap{{QStringLiteral("code"), option.code},
                                       {QStringLiteral("text"), m_session.localized(option.display)}});
        return options;
    }
    case MaxLengthRole:
        return item.maxLength;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuestionListModel::roleNames() const
{
    return {
        {LinkIdRole, "linkId"},     {TypeRole, "type"},         {TextRole, "text"},
        {RequiredRole, "required"}, {AnswerRole, "answer"},     {AnsweredRole, "answered"},
        {MessageRole, "message"},   {OptionsRole, "options"},   {MaxLengthRole, "maxLength"},
    };
}

void QuestionListModel::refresh(const QList<const Item *> &items)
{
    // std::ranges::equal, not QList's ==: Qt 6.4's compares two empty lists with memcmp on a null
    // pointer, undefined behaviour that UBSan stops the kiosk for
    if (std::ranges::equal(items, m_items)) {
        refreshData();
        return;
    }
    // Keep rows that stay, so a follow-up question slides in without rebuilding the page
    // (and without the text field in it losing focus).
    qsizetype row = 0;
    while (row < items.size() || row < m_items.size()) {
        if (row < items.size() && row < m_items.size() && items.at(row) == m_items.at(row)) {
            ++row;
            continue;
        }
        if (row < m_items.size() && !items.contains(m_items.at(row))) {
            beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
            m_items.removeAt(row);
            endRemoveRows();
            continue;
        }
        if (row < items.size()) {
            beginInsertRows({}, static_cast<int>(row), static_cast<int>(row));
            m_items.insert(row, items.at(row));
            endInsertRows();
            ++row;
            continue;
        }
        break;
    }
    refreshData();
}

void QuestionListModel::refreshData()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_items.size()) - 1));
}
