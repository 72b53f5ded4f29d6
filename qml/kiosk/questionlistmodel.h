#pragma once

#include "questionnaire/questionnaire.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QtQml/qqmlregistration.h>

class IntakeSession;

// The questions of the current section that are asked (enableWhen holds), in order, for the
// question page's Repeater. Rows appear and disappear as answers enable follow-up questions.
class QuestionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by IntakeSession.questions")

public:
    enum Role {
        LinkIdRole = Qt::UserRole + 1,  // QString: the item's linkId
        TypeRole,                       // QString: "display", "boolean", "date", "string", "text", "choice"
        TextRole,                       // QString: the question in the kiosk's language
        RequiredRole,                   // bool
        AnswerRole,                     // QVariant: bool, "YYYY-MM-DD", text or choice code; undefined when unanswered
        AnsweredRole,                   // bool
        MessageRole,                    // QString: why the answer cannot be accepted yet ("" when fine)
        OptionsRole,                    // QVariantList of { code, text } for choice items
        MaxLengthRole,                  // int: longest text accepted
    };
    Q_ENUM(Role)

    explicit QuestionListModel(IntakeSession &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Brings the rows in line with the session: the items of `section` that are enabled.
    void refresh(const QList<const intake::Item *> &items);
    // Data of existing rows changed (answers, messages, language).
    void refreshData();

private:
    IntakeSession &m_session;
    QList<const intake::Item *> m_items;
};
