#include "reviewlistmodel.h"

#include "intakesession.h"

#include "questionnaire/enablement.h"

#include <QLocale>

using namespace intake;

ReviewListModel::ReviewListModel(IntakeSession &session) : m_session(session) {}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case SectionRole:
        return row.section;
    case LinkIdRole:
        return row.linkId;
    case Qt::DisplayRole:
    case QuestionRole:
        return row.question;
    case AnswerRole:
        return row.answer;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewListModel::roleNames() const
{
    return {{SectionRole, "section"}, {LinkIdRole, "linkId"}, {QuestionRole, "question"}, {AnswerRole, "answer"}};
}

void ReviewListModel::refresh()
{
    const QLocale locale(m_session.language());
    const auto longDate = [&locale](const QString &iso) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::LongFormat) : QString();
    };

    QList<Row> rows;
    if (!m_session.firstName().isEmpty() || !m_session.lastName().isEmpty()) {
        //: Review page: heading of the client's own details.
        const QString section = tr("About you");
        rows.append({section, QStringLiteral("client.name"), tr("Name"),
                     m_session.firstName().trimmed() + u' ' + m_session.lastName().trimmed()});
        rows.append({section, QStringLiteral("client.birthDate"), tr("Date of birth"), longDate(m_session.birthDate())});
        rows.append({section, QStringLiteral("client.contact"), tr("Phone or email"), m_session.contact().trimmed()});
        rows.append({section, QStringLiteral("client.appointmentDate"), tr("Appointment date"),
                     longDate(m_session.appointmentDate())});
    }

    const Questionnaire &questionnaire = m_session.questionnaire();
    const Enablement enablement(questionnaire, m_session.response());
    for (const Item &section : questionnaire.items()) {
        for (const Item *item : questionnaire.allItems()) {
            if (item->parent != &section || !item->isQuestion())
                continue;
            const auto answer = m_session.response().answer(item->linkId);
            QString text;
            if (!answer) {
                // an optional date left empty means the client did not remember it
                if (item->type == Item::Type::Date && enablement.isEnabled(item->linkId))
                    text = tr("I don't remember");
                else
                    continue;
            } else if (const auto *flag = std::get_if<bool>(&*answer)) {
                text = *flag ? tr("Yes") : tr("No");
            } else if (const auto *date = std::get_if<QDate>(&*answer)) {
                text = locale.toString(*date, QLocale::LongFormat);
            } else {
                text = std::get<QString>(*answer);
                for (const AnswerOption &option : item->answerOptions) {
                    if (option.code == text)
                        text = m_session.localized(option.display);
                }
            }
            rows.append({m_session.localized(section.text), item->linkId, m_session.localized(item->text), text});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}
