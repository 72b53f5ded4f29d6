// The intakes themselves: list, show, export (each audited), and seed-demo for demos and training.

#include "clisupport.h"
#include "commands.h"
#include "storeaccess.h"

#include "store/demodata.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

namespace intake::cli {

namespace {

constexpr int largestListing = 100'000;
constexpr int largestSeed = 1'000'000;
/// seed-demo spreads its intakes as a busy clinic would see them: about this many a day.
constexpr int demoIntakesPerDay = 20;
constexpr int longestDemoSpanDays = 365;

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString localTime(const QString &iso)
{
    return localTime(QDateTime::fromString(iso, Qt::ISODateWithMs));
}

/// The intake ID argument as the store writes UUIDs (lowercase, no braces), or empty when it is
/// not a UUID. The argument itself is never echoed: it might be something else typed by mistake.
QString normalizedIntakeId(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return {};
    const QUuid uuid = QUuid::fromString(parser.positionalArguments().constFirst());
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

/// readRecord's one "no such intake" message is bad input (a mistyped ID); the rest are failures.
ExitCode readRecordCode(const Error &error, const QString &uuid)
{
    return error.message == QStringLiteral("no intake %1 in this store").arg(uuid) ? BadInput : Failure;
}

QString flatJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

/// An answer as staff read it: yes/no, the choice's text, a date or the text typed.
QString displayAnswer(const Item *item, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (item && item->type == Item::Type::Choice && value.isString()) {
        for (const AnswerOption &option : item->answerOptions) {
            if (option.code == value.toString())
                return QStringLiteral("%1 (%2)").arg(option.display.source(), option.code);
        }
    }
    return flatJson(value);
}

/// The record of `show`, for a person: everything but the raw signature points.
QString formatRecord(const QJsonObject &record, const Questionnaire &questionnaire, const RuleSet &rules)
{
    const auto field = [](const QJsonObject &object, const char *name) {
        return object.value(QLatin1String(name)).toString();
    };
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("  %1%2\n").arg(label, -15).arg(value);
    };
    QString text = QStringLiteral("Intake %1\n").arg(field(record, "uuid"));
    text += row(QStringLiteral("Created"), QStringLiteral("%1 on kiosk %2, in language %3")
                                               .arg(localTime(field(record, "createdAt")), field(record, "kiosk"),
                                                    field(record, "language")));
    const QJsonObject source = record.value(QLatin1String("questionnaire")).toObject();
    text += row(QStringLiteral("Questionnaire"), QStringLiteral("%1 version %2, rules version %3")
                                                     .arg(field(source, "url"), field(source, "version"),
                                                          field(record, "rulesVersion")));

    const QJsonObject client = record.value(QLatin1String("client")).toObject();
    text += QStringLiteral("Client\n");
    text += row(QStringLiteral("Name"), field(client, "firstName") + u' ' + field(client, "lastName"));
    text += row(QStringLiteral("Born"), field(client, "birthDate"));
    text += row(QStringLiteral("Contact"), field(client, "contact"));
    text += row(QStringLiteral("Appointment"), field(record, "appointmentDate"));

    QString outcome = field(record, "outcome");
    if (record.contains(QLatin1String("earliestDate")))
        outcome += QStringLiteral(" (earliest treatment date %1)").arg(field(record, "earliestDate"));
    text += QStringLiteral("Outcome: %1\n").arg(outcome);

    QHash<QString, const Rule *> rulesByCode;
    for (const Rule &rule : rules.rules())
        rulesByCode.insert(rule.code, &rule);
    const QJsonArray flags = record.value(QLatin1String("flags")).toArray();
    text += QStringLiteral("Flags (%1)\n").arg(flags.size());
    for (const QJsonValue &value : flags) {
        const QJsonObject flag = value.toObject();
        QString line = QStringLiteral("  %1  %2 on %3").arg(field(flag, "severity"), -15).arg(field(flag, "code"), field(flag, "linkId"));
        if (flag.contains(QLatin1String("until")))
            line += QStringLiteral(", until %1").arg(field(flag, "until"));
        text += line + u'\n';
        if (const Rule *rule = rulesByCode.value(field(flag, "code")); rule && !rule->reason.isEmpty())
            text += QStringLiteral("    %1\n").arg(rule->reason.source());
    }

    // In the questionnaire's order, under its section titles; anything it does not know comes last.
    const QJsonObject answers = record.value(QLatin1String("answers")).toObject();
    text += QStringLiteral("Answers\n");
    QStringList shown;
    for (const Item *item : questionnaire.allItems()) {
        if (item->type == Item::Type::Group) {
            bool answered = false;
            for (const Item &child : item->items)
                answered = answered || answers.contains(child.linkId);
            if (answered)
                text += QStringLiteral("  %1\n").arg(item->text.source());
            continue;
        }
        if (!answers.contains(item->linkId))
            continue;
        shown.append(item->linkId);
        text += QStringLiteral("    %1 [%2]\n      %3\n")
                    .arg(item->text.source(), item->linkId, displayAnswer(item, answers.value(item->linkId)));
    }
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (!shown.contains(it.key()))
            text += QStringLiteral("    [%1]\n      %2\n").arg(it.key(), displayAnswer(nullptr, it.value()));
    }

    const QJsonObject consent = record.value(QLatin1String("consent")).toObject();
    text += QStringLiteral("Consent\n");
    if (consent.isEmpty()) {
        text += QStringLiteral("  none recorded\n");
    } else {
        const QJsonArray strokes = consent.value(QLatin1String("signature")).toArray();
        qsizetype points = 0;
        for (const QJsonValue &stroke : strokes)
            points += stroke.toArray().size();
        text += row(QStringLiteral("Document"), QStringLiteral("%1 version %2 (%3)")
                                                    .arg(field(consent, "documentId"), field(consent, "version"),
                                                         field(consent, "language")));
        text += row(QStringLiteral("Signed"), QStringLiteral("%1 by %2").arg(localTime(field(consent, "signedAt")),
                                                                              field(consent, "printedName")));
        text += row(QStringLiteral("Text SHA-256"), field(consent, "textSha256"));
        text += row(QStringLiteral("Signature"), QStringLiteral("%1 strokes, %2 points").arg(strokes.size()).arg(points));
    }
    return text;
}

/// show and export: the whole record, audited as `access`.
int readRecordCommand(const QString &command, const QStringList &arguments, IntakeRepository::Access access)
{
    QCommandLineParser parser;
    const bool showing = access == IntakeRepository::Access::View;
    parser.setApplicationDescription(showing
        ? QStringLiteral("Shows one intake: client, appointment, outcome, flags, answers and a summary of the\n"
                         "signed consent (JSON with --json). Leaves an \"intake.viewed\" audit entry.")
        : QStringLiteral("Prints one intake's whole record as JSON on stdout, signature strokes included.\n"
                         "Leaves an \"intake.exported\" audit entry."));
    const StoreOptions options(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the whole record as JSON."));
    if (showing)
        parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The intake's ID (a UUID, as 'intake-cli list' shows)."),
                                 QStringLiteral("ID"));
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (parser.positionalArguments().size() > 1)
        return unexpectedArgument(command);
    if (parser.positionalArguments().isEmpty())
        return fail(BadInput, QStringLiteral("%1: give the intake's ID (see 'intake-cli list')").arg(command));
    const QString uuid = normalizedIntakeId(parser);
    if (uuid.isEmpty())
        return fail(BadInput, QStringLiteral("%1: the intake ID must be a UUID, as 'intake-cli list' shows it").arg(command));

    auto opened = openStore(options, IntakeStore::Access::ReadWrite);
    if (!opened)
        return opened.report();
    auto questionnaire = shippedQuestionnaire();
    if (!questionnaire)
        return questionnaire.report();
    IntakeRepository repository = repositoryFor(*opened->store, *questionnaire);
    auto record = repository.readRecord(uuid, cliActor(), access);
    if (!record)
        return fail(readRecordCode(record.error(), uuid), record.error().message);

    if (!showing || parser.isSet(jsonOption)) {
        print(QString::fromUtf8(QJsonDocument(record.value()).toJson(QJsonDocument::Indented)));
        return Success;
    }
    auto rules = loadRules(QString(), *questionnaire);
    if (!rules)
        return fail(Failure, rules.error().message);
    print(formatRecord(record.value(), *questionnaire, rules.value()));
    return Success;
}

} // namespace

int listCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the newest intakes, newest first: ID, created, appointment, outcome, synced and the\n"
        "client's name. Leaves an \"intakes.listed\" audit entry."));
    const StoreOptions options(parser);
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QStringLiteral("How many intakes (1 to %1; default 50).").arg(largestListing), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    parser.addOptions({limitOption, jsonOption});
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(QStringLiteral("list"));
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1 || limit > largestListing)
        return fail(BadInput, QStringLiteral("list: --limit must be a whole number from 1 to %1").arg(largestListing));

    auto opened = openStore(options, IntakeStore::Access::ReadWrite);
    if (!opened)
        return opened.report();
    auto repository = repositoryFor(*opened->store);
    if (!repository)
        return repository.report();
    auto listing = repository->listNewest(limit);
    if (!listing)
        return fail(Failure, listing.error().message);
    // Nothing is shown unless the showing is on record.
    if (auto status = repository->audit(cliActor(), QStringLiteral("intakes.listed"), {},
                                       QStringLiteral("count=%1").arg(listing->size()));
        !status)
        return fail(Failure, status.error().message);

    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const IntakeListing &intake : std::as_const(*listing)) {
            rows.append(QJsonObject{
                {QStringLiteral("uuid"), intake.uuid},
                {QStringLiteral("createdAt"), intake.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("appointmentDate"), intake.appointmentDate.toString(Qt::ISODate)},
                {QStringLiteral("firstName"), intake.firstName},
                {QStringLiteral("lastName"), intake.lastName},
                {QStringLiteral("outcome"), severityName(intake.outcome)},
                {QStringLiteral("synced"), intake.synced},
            });
        }
        print(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
        return Success;
    }
    if (listing->isEmpty()) {
        print(QStringLiteral("No intakes in this store.\n"));
        return Success;
    }
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(QStringLiteral("Created"), -16)
                       .arg(QStringLiteral("Appointment"), -11)
                       .arg(QStringLiteral("Outcome"), -15)
                       .arg(QStringLiteral("Synced"), -6)
                       .arg(QStringLiteral("ID"), -36)
                       .arg(QStringLiteral("Name"));
    for (const IntakeListing &intake : std::as_const(*listing)) {
        text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(localTime(intake.createdAt), -16)
                    .arg(intake.appointmentDate.toString(Qt::ISODate), -11)
                    .arg(severityName(intake.outcome), -15)
                    .arg(intake.synced ? QStringLiteral("yes") : QStringLiteral("no"), -6)
                    .arg(intake.uuid, -36)
                    .arg(intake.firstName + u' ' + intake.lastName);
    }
    print(text);
    return Success;
}

int showCommand(const QStringList &arguments)
{
    return readRecordCommand(QStringLiteral("show"), arguments, IntakeRepository::Access::View);
}

int exportCommand(const QStringList &arguments)
{
    return readRecordCommand(QStringLiteral("export"), arguments, IntakeRepository::Access::Export);
}

int seedDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Adds N synthetic intakes (invented clients, every outcome, drawn signatures) for demos,\n"
        "staff training and benchmarks, created over the last days (about %1 a day). The same seed\n"
        "gives the same intakes. Progress is printed on stderr.").arg(demoIntakesPerDay));
    const StoreOptions options(parser);
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Random seed (default %1).").arg(DemoData::defaultSeed), QStringLiteral("s"),
        QString::number(DemoData::defaultSeed));
    parser.addOption(seedOption);
    parser.addPositionalArgument(QStringLiteral("n"), QStringLiteral("How many intakes (1 to %1).").arg(largestSeed),
                                 QStringLiteral("N"));
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (parser.positionalArguments().size() > 1)
        return unexpectedArgument(QStringLiteral("seed-demo"));
    bool ok = false;
    const int count = parser.positionalArguments().value(0).toInt(&ok);
    if (!ok || count < 1 || count > largestSeed)
        return fail(BadInput, QStringLiteral("seed-demo: N must be a whole number from 1 to %1").arg(largestSeed));
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(BadInput, QStringLiteral("seed-demo: --seed must be a whole number from 0 to %1").arg(quint32{0xFFFFFFFF}));

    auto opened = openStore(options, IntakeStore::Access::ReadWrite);
    if (!opened)
        return opened.report();
    auto questionnaire = shippedQuestionnaire();
    if (!questionnaire)
        return questionnaire.report();
    auto rules = loadRules(QString(), *questionnaire);
    if (!rules)
        return fail(Failure, rules.error().message);
    IntakeRepository repository = repositoryFor(*opened->store, *questionnaire);
    DemoData demo(*questionnaire, rules.value(), seed);

    // Evenly spaced, oldest first, ending now: the newest demo intake is the newest in the store.
    const int spanDays = std::clamp(count / demoIntakesPerDay + 1, 1, longestDemoSpanDays);
    const qint64 spanMs = qint64{spanDays} * 24 * 60 * 60 * 1000;
    const qint64 stepMs = std::max<qint64>(1, spanMs / count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = now.addMSecs(-stepMs * (count - 1));
    const QString actor = QStringLiteral("cli:seed-demo");
    QTextStream progress(stderr);
    int nextTenth = 1;
    for (int done = 0; done < count;) {
        const FinishedIntake intake = demo.next(start.addMSecs(stepMs * done));
        if (auto status = repository.saveFinished(intake, actor); !status) {
            if (status.error().message.contains(QLatin1String("UNIQUE constraint failed: intakes.uuid"))) {
                return fail(BadInput, QStringLiteral("seed-demo: this store already holds demo intake %1 of seed %2 (%3 "
                                                     "new ones were added); give another --seed")
                                          .arg(intake.uuid).arg(seed).arg(done));
            }
            return fail(Failure, QStringLiteral("seed-demo: %1 (%2 of %3 intakes were added)")
                                     .arg(status.error().message).arg(done).arg(count));
        }
        ++done;
        if (qint64{done} * 10 >= qint64{nextTenth} * count) {
            progress << "seed-demo: " << (qint64{done} * 100 / count) << "% (" << done << " of " << count << ")\n";
            progress.flush();
            while (qint64{done} * 10 >= qint64{nextTenth} * count)
                ++nextTenth;
        }
    }
    print(QStringLiteral("Added %1 demo intakes (seed %2) to %3\n")
              .arg(count)
              .arg(seed)
              .arg(QDir::cleanPath(QFileInfo(opened->store->directory()).absoluteFilePath())));
    return Success;
}

} // namespace intake::cli
