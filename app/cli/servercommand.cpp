#include "servercommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include "ampcard/central/centralschema.h"
#include "ampcard/central/centralstations.h"
#include "ampcard/central/pg.h"
#include "ampcard/tariff/tarifffile.h"

using namespace ampcard;

namespace {

constexpr int kExitRefused = 1;
constexpr int kExitBadInput = 2;

QString moneyText(tariff::Money money)
{
    return tariff::formatMoney(money);
}

} // namespace

QString ServerCommand::usage()
{
    return tr("  server init --db URL\n"
              "      create or upgrade the central schema and its roles on PostgreSQL\n"
              "  server add-station --db URL --station N [--float X] [--edits-shared] [--json]\n"
              "      a login role for station N; prints the URL the station joins with\n"
              "  server float --db URL --station N [--set X] [--json]\n"
              "      show or set the vendor float of station N\n"
              "  server add-reporter --db URL --login NAME [--json]\n"
              "      a login for reports over all stations (ampcard report … --all-stations)\n"
              "      (URL: a libpq URL or connection string; TLS verify-full unless it says\n"
              "      sslmode; the password from the URL, PGPASSWORD or ~/.pgpass)\n");
}

int ServerCommand::fail(int code, const QString &message)
{
    m_err << tr("ampcard server: %1").arg(message) << Qt::endl;
    return code;
}

int ServerCommand::stationOption(const QCommandLineParser &parser)
{
    bool numeric = false;
    const int station = parser.value(QStringLiteral("station")).toInt(&numeric);
    if (numeric && station > 0)
        return station;
    fail(kExitBadInput, tr("--station takes a station number from 1, not \"%1\"")
                            .arg(parser.value(QStringLiteral("station"))));
    return 0;
}

int ServerCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("init"))
        return init(arguments);
    if (sub == QLatin1String("add-station"))
        return addStation(arguments);
    if (sub == QLatin1String("float"))
        return setFloat(arguments);
    if (sub == QLatin1String("add-reporter"))
        return addReporter(arguments);
    m_err << tr("ampcard server: unknown subcommand \"%1\"\n").arg(sub) << usage();
    return kExitBadInput;
}

int ServerCommand::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), tr("the server"), QStringLiteral("URL")});
    if (!parser.parse(arguments))
        return fail(kExitBadInput, parser.errorText());
    if (!parser.isSet(QStringLiteral("db")))
        return fail(kExitBadInput, tr("--db URL is required"));
    central::PgConnection db;
    QString error;
    if (!db.open(parser.value(QStringLiteral("db")), &error))
        return fail(kExitBadInput, error);
    central::CentralSchema::Upgrade done;
    if (!central::CentralSchema::upgrade(db, &done, &error))
        return fail(kExitRefused, error);
    if (done.from == done.to)
        m_out << tr("The central schema is up to date (version %1).").arg(done.to) << Qt::endl;
    else if (done.from == 0)
        m_out << tr("Created the central schema (version %1).").arg(done.to) << Qt::endl;
    else
        m_out
            << tr("Upgraded the central schema from version %1 to %2.").arg(done.from).arg(done.to)
            << Qt::endl;
    return 0;
}

int ServerCommand::addStation(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), tr("the server"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("station"), tr("station number"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("float"), tr("vendor float"), QStringLiteral("X")});
    parser.addOption({QStringLiteral("edits-shared"),
                      tr("the station edits tariff plans, fee rules and operators for every "
                         "station (the head office)")});
    parser.addOption({QStringLiteral("json"), tr("print JSON")});
    if (!parser.parse(arguments))
        return fail(kExitBadInput, parser.errorText());
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("station")))
        return fail(kExitBadInput, tr("--db URL and --station N are required"));
    const int station = stationOption(parser);
    if (station == 0)
        return kExitBadInput;
    tariff::Money floatGranted;
    if (parser.isSet(QStringLiteral("float"))) {
        const auto value = tariff::moneyFromText(parser.value(QStringLiteral("float")));
        if (!value || value->raw() < 0)
            return fail(kExitBadInput, tr("--float takes an amount of zero or more, not \"%1\"")
                                           .arg(parser.value(QStringLiteral("float"))));
        floatGranted = *value;
    }
    const QString url = parser.value(QStringLiteral("db"));
    central::PgConnection db;
    QString error;
    if (!db.open(url, &error))
        return fail(kExitBadInput, error);
    const auto joined = central::CentralStations(db).add(
        station, floatGranted, url, &error, parser.isSet(QStringLiteral("edits-shared")));
    if (!joined)
        return fail(kExitRefused, error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json;
        json[QStringLiteral("station")] = joined->station;
        json[QStringLiteral("url")] = joined->url;
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_out << tr("Station %1 joins with this URL (keep it secret):").arg(station) << Qt::endl
              << joined->url << Qt::endl;
    }
    return 0;
}

int ServerCommand::setFloat(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), tr("the server"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("station"), tr("station number"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("set"), tr("the new float"), QStringLiteral("X")});
    parser.addOption({QStringLiteral("json"), tr("print JSON")});
    if (!parser.parse(arguments))
        return fail(kExitBadInput, parser.errorText());
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("station")))
        return fail(kExitBadInput, tr("--db URL and --station N are required"));
    const int station = stationOption(parser);
    if (station == 0)
        return kExitBadInput;
    central::PgConnection db;
    QString error;
    if (!db.open(parser.value(QStringLiteral("db")), &error))
        return fail(kExitBadInput, error);
    central::CentralStations stations(db);
    if (parser.isSet(QStringLiteral("set"))) {
        const auto value = tariff::moneyFromText(parser.value(QStringLiteral("set")));
        if (!value || value->raw() < 0)
            return fail(kExitBadInput, tr("--set takes an amount of zero or more, not \"%1\"")
                                           .arg(parser.value(QStringLiteral("set"))));
        if (!stations.setFloat(station, *value, &error))
            return fail(kExitRefused, error);
    }
    const auto current = stations.floatOf(station, &error);
    if (!current)
        return fail(kExitRefused, error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json;
        json[QStringLiteral("station")] = station;
        json[QStringLiteral("granted")] = moneyText(current->granted);
        json[QStringLiteral("used")] = moneyText(current->used);
        json[QStringLiteral("left")] = moneyText(current->left());
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_out << tr("Station %1: float %2, taken %3, left %4")
                     .arg(station)
                     .arg(moneyText(current->granted), moneyText(current->used),
                          moneyText(current->left()))
              << Qt::endl;
    }
    return 0;
}

int ServerCommand::addReporter(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), tr("the server"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("login"), tr("the reporting login"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), tr("print JSON")});
    if (!parser.parse(arguments))
        return fail(kExitBadInput, parser.errorText());
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("login")))
        return fail(kExitBadInput, tr("--db URL and --login NAME are required"));
    const QString url = parser.value(QStringLiteral("db"));
    central::PgConnection db;
    QString error;
    if (!db.open(url, &error))
        return fail(kExitBadInput, error);
    const auto reporter = central::CentralStations(db).addReporter(
        parser.value(QStringLiteral("login")), url, &error);
    if (!reporter)
        return fail(kExitRefused, error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json;
        json[QStringLiteral("login")] = parser.value(QStringLiteral("login"));
        json[QStringLiteral("url")] = *reporter;
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_out << tr("Reports over all stations use this URL (keep it secret):") << Qt::endl
              << *reporter << Qt::endl;
    }
    return 0;
}
