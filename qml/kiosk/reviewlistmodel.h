#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class IntakeSession;

// Every answer of the intake, for the review page (certification before signing): the client's
// details first, then each answered question under its section, each with a way back to it.
class ReviewListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by IntakeSession.review")

public:
    enum Role {
        SectionRole = Qt::UserRole + 1,  // QString: the section's title, for grouping
        LinkIdRole,                      // QString: the item ("client.*" for the client's details)
        QuestionRole,                    // QString: the question or field, in the kiosk's language
        AnswerRole,                      // QString: the answer as the client reads it
    };
    Q_ENUM(Role)

    explicit ReviewListModel(IntakeSession &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void refresh();

private:
    struct Row
    {
        QString section;
        QString linkId;
        QString question;
        QString answer;
    };
    IntakeSession &m_session;
    QList<Row> m_rows;
};
