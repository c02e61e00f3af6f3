#include "networkcommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include "ampcard/central/pg.h"
#include "ampcard/station/centralreports.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/sync.h"
#include "ampcard/station/workstation.h"
#include "ampcard/tariff/tarifffile.h"
#include "faulthook.h"
#include "passphrase.h"
#include "stationoptions.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

constexpr int kExitRefused = 1;
constexpr int kExitBadInput = 2;

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString NetworkCommand::usage()
{
    return tr("  network join --server URL --station N [--ledger FILE] [--keystore FILE]\n"
              "      join the central server as station N and upload this ledger's history\n"
              "      (an administrator signs in and the keystore seals the change; the server's\n"
              "      password from the URL, AMPCARD_SERVER_PASSWORD or a prompt)\n"
              "  sync [--ledger FILE] [--daemon [--interval SECONDS]]\n"
              "      push what waits to the server now (or every few seconds, for a service)\n"
              "  sync status [--ledger FILE] [--json]\n"
              "      what waits, the last success, the lag and the last error\n"
              "  report daily|z|monthly|stations --all-stations --server URL [--csv]\n"
              "         [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD | YYYY-MM]\n"
              "      over all stations: takings of a day, the close-out (Z) report of a period\n"
              "      per station and operator, takings of a month by day, or the stations'\n"
              "      floats and chains (URL: a reporting login, ampcard server add-reporter;\n"
              "      its password from the URL, AMPCARD_SERVER_PASSWORD or a prompt)\n") +
           tr("  sync clashes [--ledger FILE] [--json]\n"
              "      this station's records the server keeps aside because another station\n"
              "      holds the same meter (opened at two stations offline), for a supervisor\n"
              "  report sequences --all-stations --server URL [--csv]\n"
              "      meter sequences sold by more than one station\n");
}

int NetworkCommand::fail(int code, const QString &message)
{
    m_err << message << Qt::endl;
    return code;
}

int NetworkCommand::runNetwork(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOption({QStringLiteral("server"), tr("the server"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("station"), tr("station number"), QStringLiteral("N")});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(kExitBadInput, parser.errorText());
    if (parser.positionalArguments().value(0) != QLatin1String("join"))
        return fail(kExitBadInput, tr("usage: ampcard network join --server URL --station N"));
    if (!parser.isSet(QStringLiteral("server")) || !parser.isSet(QStringLiteral("station")))
        return fail(kExitBadInput, tr("--server URL and --station N are required"));
    bool numeric = false;
    const int station = parser.value(QStringLiteral("station")).toInt(&numeric);
    if (!numeric || station <= 0)
        return fail(kExitBadInput, tr("--station takes a station number from 1, not \"%1\"")
                                       .arg(parser.value(QStringLiteral("station"))));
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != 0)
        return code;
    if (!access.session()->may(Permission::kManageKeys))
        return fail(kExitRefused, tr("Only an administrator joins the station to a server."));
    QString password = QString::fromLocal8Bit(qgetenv("AMPCARD_SERVER_PASSWORD"));
    const QString url = parser.value(QStringLiteral("server"));
    if (password.isEmpty() && !url.contains(QStringLiteral("password")))
        password = QString::fromUtf8(readPassphrase(
            "AMPCARD_SERVER_PASSWORD", tr("The server's password for station %1: ").arg(station)));
    Sync sync(access.ledger());
    QString error;
    if (!sync.join(url, password, station, access.session()->login(), &error))
        return fail(kExitRefused, tr("Cannot join the server: %1").arg(error));
    m_out << tr("Joined the server as station %1; uploading this ledger's history…").arg(station)
          << Qt::endl;
    Sync::Round round;
    if (!sync.push(&round, &error))
        return fail(
            kExitRefused,
            tr("Joined, but the upload stopped (%1). It goes on with `ampcard sync`.").arg(error));
    m_out
        << tr("Uploaded %1 journal entries and %2 audit lines.").arg(round.journal).arg(round.audit)
        << Qt::endl;
    return 0;
}

int NetworkCommand::runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("ledger"), tr("the ledger"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), tr("print JSON")});
    parser.addOption({QStringLiteral("daemon"), tr("keep pushing, for a service")});
    parser.addOption({QStringLiteral("interval"), tr("seconds between rounds of the daemon"),
                      QStringLiteral("SECONDS"), QStringLiteral("2")});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(kExitBadInput, parser.errorText());
    const QString verb = parser.positionalArguments().value(0);
    if (!verb.isEmpty() && verb != QLatin1String("status") && verb != QLatin1String("clashes"))
        return fail(kExitBadInput, tr("usage: ampcard sync [status|clashes] ..."));
    Ledger ledger;
    if (!ledger.open(StationOptions::ledgerPath(parser), false))
        return fail(kExitBadInput, ledger.errorString());
    Sync sync(ledger);
    if (!sync.joined())
        return fail(kExitBadInput,
                    tr("This station has not joined a server: run `ampcard network join`."));

    if (verb == QLatin1String("clashes")) {
        const QList<Sync::Clash> clashes = sync.clashes();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const Sync::Clash &clash : clashes) {
                QJsonObject json;
                json[QStringLiteral("revision")] = clash.revision;
                json[QStringLiteral("kind")] = clash.kind;
                json[QStringLiteral("key")] = clash.key;
                json[QStringLiteral("number")] = clash.naturalKey;
                json[QStringLiteral("otherStation")] = clash.otherStation;
                json[QStringLiteral("side")] =
                    clash.refused ? QStringLiteral("refused") : QStringLiteral("not-applied");
                json[QStringLiteral("notedAt")] = timeText(clash.notedAt);
                list.append(json);
            }
            m_out << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
            return 0;
        }
        if (clashes.isEmpty())
            m_out << tr("No clashes.") << Qt::endl;
        for (const Sync::Clash &clash : clashes)
            m_out << (clash.refused
                          ? tr("%1 %2 (%3): refused by the server, station %4 has it.")
                          : tr("%1 %2 (%3): station %4's record not taken here, this station "
                               "has its own."))
                         .arg(clash.kind, clash.naturalKey, clash.key)
                         .arg(clash.otherStation)
                  << Qt::endl;
        return 0;
    }

    if (verb == QLatin1String("status")) {
        const Sync::State state = sync.state();
        const qint64 lag = state.oldestWaiting.isValid()
                               ? state.oldestWaiting.secsTo(QDateTime::currentDateTimeUtc())
                               : 0;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject json;
            json[QStringLiteral("station")] = state.station;
            json[QStringLiteral("waiting")] = state.waiting;
            json[QStringLiteral("lagSeconds")] = lag;
            json[QStringLiteral("lastSuccess")] = timeText(state.lastSuccess);
            json[QStringLiteral("lastError")] = state.lastError;
            json[QStringLiteral("lastErrorAt")] = timeText(state.lastErrorAt);
            json[QStringLiteral("referenceWaiting")] = state.referenceWaiting;
            json[QStringLiteral("protectedWaiting")] = state.protectedWaiting;
            json[QStringLiteral("clashes")] = state.clashes;
            if (state.floatLeft >= 0)
                json[QStringLiteral("floatLeft")] =
                    tariff::formatMoney(tariff::Money::fromRaw(state.floatLeft));
            m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
            return 0;
        }
        m_out << tr("Station %1: %2 waiting (lag %3 s); last success %4.")
                     .arg(state.station)
                     .arg(state.waiting)
                     .arg(lag)
                     .arg(state.lastSuccess.isValid() ? timeText(state.lastSuccess) : tr("never"))
              << Qt::endl;
        if (state.referenceWaiting > 0 || state.protectedWaiting > 0)
            m_out << tr("Records: %1 of this station waiting to go out; %2 tariff, fee or operator "
                        "changes of other stations waiting for the station's key.")
                         .arg(state.referenceWaiting)
                         .arg(state.protectedWaiting)
                  << Qt::endl;
        if (state.clashes > 0)
            m_out << tr("%1 clashes for a supervisor: ampcard sync clashes.").arg(state.clashes)
                  << Qt::endl;
        if (!state.lastError.isEmpty())
            m_out << tr("Last error (%1): %2").arg(timeText(state.lastErrorAt), state.lastError)
                  << Qt::endl;
        return 0;
    }

    sync.setStepHook(syncFaultHook());
    const bool daemon = parser.isSet(QStringLiteral("daemon"));
    const int interval = std::max(1, parser.value(QStringLiteral("interval")).toInt());
    for (;;) {
        Sync::Round round;
        QString error;
        const bool pushed = sync.push(&round, &error);
        if (!daemon) {
            if (!pushed)
                return fail(kExitRefused, tr("The push stopped: %1").arg(error));
            m_out << tr("Pushed %1 journal entries and %2 audit lines.")
                         .arg(round.journal)
                         .arg(round.audit)
                  << Qt::endl;
            m_out << tr("Records: %1 pushed, %2 pulled from other stations, %3 new clashes.")
                         .arg(round.referencePushed)
                         .arg(round.referencePulled)
                         .arg(round.newClashes)
                  << Qt::endl;
            return 0;
        }
        if (!pushed)
            m_err << tr("The push stopped: %1 (trying again in %2 s)").arg(error).arg(interval)
                  << Qt::endl;
        QThread::sleep(static_cast<unsigned long>(interval));
    }
}

int NetworkCommand::runCentralReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("all-stations"), tr("over all stations")});
    parser.addOption({QStringLiteral("server"), tr("the server"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("date"), tr("the day"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("from"), tr("first day"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), tr("last day"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("csv"), tr("print CSV")});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(kExitBadInput, parser.errorText());
    const QStringList words = parser.positionalArguments();
    const QString name = words.value(0);
    if (!CentralReports::names().contains(name) || words.size() > 2)
        return fail(kExitBadInput, tr("Over all stations, the reports are %1, not \"%2\".")
                                       .arg(CentralReports::names().join(QStringLiteral(", ")),
                                            words.join(QLatin1Char(' '))));
    if (!parser.isSet(QStringLiteral("server")))
        return fail(kExitBadInput, tr("--all-stations needs --server URL (a reporting login)."));
    auto dayOption = [&](const char *option, QDate *day) {
        const QString text = parser.value(QLatin1String(option));
        *day = QDate::fromString(text, Qt::ISODate);
        return text.isEmpty() || day->isValid();
    };
    QDate date, from, to;
    if (!dayOption("date", &date) || !dayOption("from", &from) || !dayOption("to", &to))
        return fail(kExitBadInput, tr("Give days as YYYY-MM-DD."));
    // --from alone is the period up to today; --to alone that one day, as --date is.
    if (!from.isValid() && !to.isValid() && date.isValid())
        from = to = date;
    if (!from.isValid() && to.isValid())
        from = to;
    // The password from the URL, AMPCARD_SERVER_PASSWORD or a prompt; never stored.
    QString url = parser.value(QStringLiteral("server"));
    QString password = QString::fromLocal8Bit(qgetenv("AMPCARD_SERVER_PASSWORD"));
    if (password.isEmpty() && central::parameterOf(url, QStringLiteral("password")).isEmpty() &&
        !central::parameterOf(url, QStringLiteral("user")).isEmpty())
        password = QString::fromUtf8(
            readPassphrase("AMPCARD_SERVER_PASSWORD",
                           tr("The password of the reporting login %1: ")
                               .arg(central::parameterOf(url, QStringLiteral("user")))));
    QString error;
    if (!password.isEmpty()) {
        const auto withPassword =
            central::withParameters(url, {{QStringLiteral("password"), password}}, {}, &error);
        if (!withPassword)
            return fail(kExitBadInput, error);
        url = *withPassword;
    }
    central::PgConnection db;
    if (!db.open(url, &error))
        return fail(kExitRefused, error);
    CentralReports reports(db);
    const QString argument = words.size() > 1 ? words.value(1)
                             : date.isValid() ? date.toString(Qt::ISODate)
                                              : QString();
    const std::optional<ReportTable> table = reports.byName(name, argument, from, to);
    if (!table)
        return fail(kExitRefused, reports.errorString());
    m_out << (parser.isSet(QStringLiteral("csv")) ? table->toCsv() : table->toText());
    return 0;
}
