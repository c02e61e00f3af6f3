#include "ampcard/central/centralstations.h"

#include <openssl/rand.h>

#include <QByteArray>
#include <QRegularExpression>

#include "ampcard/central/pg.h"

namespace ampcard::central {

namespace {

// 24 random bytes as URL-safe base64: nothing a connection string or URI must quote.
std::optional<QString> newPassword()
{
    QByteArray bytes(24, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), bytes.size()) != 1)
        return std::nullopt;
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString CentralStations::roleName(int station)
{
    return QStringLiteral("ampcard_station_%1").arg(station);
}

std::optional<CentralStations::Joined> CentralStations::add(int station, tariff::Money floatGranted,
                                                            const QString &adminUrl, QString *error,
                                                            bool editsShared)
{
    if (station <= 0) {
        *error = tr("A station number is a whole number from 1.");
        return std::nullopt;
    }
    if (floatGranted.raw() < 0) {
        *error = tr("A float cannot be negative.");
        return std::nullopt;
    }
    const auto password = newPassword();
    if (!password) {
        *error = tr("No random bytes for the station's password.");
        return std::nullopt;
    }
    Joined joined;
    joined.station = station;
    joined.role = roleName(station);
    const auto url = withParameters(
        adminUrl, {{QStringLiteral("user"), joined.role}, {QStringLiteral("password"), *password}},
        {QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("passfile"),
         QStringLiteral("service"), QStringLiteral("options"), QStringLiteral("connect_timeout")},
        error);
    if (!url)
        return std::nullopt;
    joined.url = *url;

    const auto exists = m_db.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM pg_roles WHERE rolname = $1),"
                       " (SELECT count(*) FROM ampcard.stations WHERE station = $2::integer)"),
        {joined.role, QString::number(station)});
    if (!exists.ok()) {
        *error = tr("Cannot read the stations: %1").arg(exists.error());
        return std::nullopt;
    }
    if (exists.number(0, 0) > 0 || exists.number(0, 1) > 0) {
        *error = tr("Station %1 exists already on this server.").arg(station);
        return std::nullopt;
    }
    const auto create = m_db.exec(
        QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L CONNECTION LIMIT 4 IN ROLE "
                       "ampcard_station', $1::text, $2::text)"),
        {joined.role, *password});
    if (!create.ok()) {
        *error = create.error();
        return std::nullopt;
    }
    const QString statements =
        QStringLiteral("BEGIN; %1; SET LOCAL ROLE ampcard_owner; "
                       "INSERT INTO ampcard.stations (station, role_name, float_granted, "
                       "edits_shared) VALUES (%2, '%3', %4, %5); COMMIT;")
            .arg(create.text(0, 0))
            .arg(station)
            .arg(joined.role)
            .arg(floatGranted.raw())
            .arg(editsShared ? QStringLiteral("true") : QStringLiteral("false"));
    const auto added = m_db.script(statements);
    if (!added.ok()) {
        m_db.script(QStringLiteral("ROLLBACK"));
        *error = tr("Cannot add station %1: %2").arg(station).arg(added.error());
        return std::nullopt;
    }
    return joined;
}

std::optional<QString> CentralStations::addReporter(const QString &login, const QString &adminUrl,
                                                    QString *error)
{
    static const QRegularExpression kLogin(QStringLiteral("^[a-z][a-z0-9_]{0,40}$"));
    if (!kLogin.match(login).hasMatch() || login.startsWith(QLatin1String("ampcard_"))) {
        *error = tr("A reporting login is a lower-case name of letters, digits and _, not "
                    "starting with ampcard_: \"%1\".")
                     .arg(login);
        return std::nullopt;
    }
    const auto password = newPassword();
    if (!password) {
        *error = tr("No random bytes for the password.");
        return std::nullopt;
    }
    const auto url = withParameters(
        adminUrl, {{QStringLiteral("user"), login}, {QStringLiteral("password"), *password}},
        {QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("passfile"),
         QStringLiteral("service"), QStringLiteral("options"), QStringLiteral("connect_timeout")},
        error);
    if (!url)
        return std::nullopt;
    const auto create = m_db.exec(
        QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L CONNECTION LIMIT 4 IN ROLE "
                       "ampcard_report', $1::text, $2::text)"),
        {login, *password});
    if (!create.ok()) {
        *error = create.error();
        return std::nullopt;
    }
    const auto made = m_db.script(create.text(0, 0));
    if (!made.ok()) {
        *error = tr("Cannot add the reporting login %1: %2").arg(login, made.error());
        return std::nullopt;
    }
    return url;
}

bool CentralStations::setFloat(int station, tariff::Money granted, QString *error)
{
    if (granted.raw() < 0) {
        *error = tr("A float cannot be negative.");
        return false;
    }
    const auto result = m_db.script(
        QStringLiteral("BEGIN; SET LOCAL ROLE ampcard_owner; UPDATE ampcard.stations SET "
                       "float_granted = %1 WHERE station = %2; COMMIT;")
            .arg(granted.raw())
            .arg(station));
    if (!result.ok()) {
        m_db.script(QStringLiteral("ROLLBACK"));
        *error = tr("Cannot set the float of station %1: %2").arg(station).arg(result.error());
        return false;
    }
    if (!floatOf(station, error))
        return false;
    return true;
}

std::optional<CentralStations::Float> CentralStations::floatOf(int station, QString *error)
{
    const QList<Float> all = floats(error);
    for (const Float &f : all) {
        if (f.station == station)
            return f;
    }
    if (error->isEmpty())
        *error = tr("There is no station %1 on this server.").arg(station);
    return std::nullopt;
}

QList<CentralStations::Float> CentralStations::floats(QString *error)
{
    QList<Float> out;
    // The owner reads every station; SET LOCAL needs a transaction of its own.
    m_db.script(QStringLiteral("BEGIN; SET LOCAL ROLE ampcard_owner"));
    const auto result = m_db.exec(QStringLiteral(
        "SELECT station, float_granted, float_used FROM ampcard.stations ORDER BY station"));
    m_db.script(QStringLiteral("COMMIT"));
    if (!result.ok()) {
        *error = tr("Cannot read the stations: %1").arg(result.error());
        return out;
    }
    for (int row = 0; row < result.rows(); ++row) {
        Float f;
        f.station = static_cast<int>(result.number(row, 0));
        f.granted = tariff::Money::fromRaw(result.number(row, 1));
        f.used = tariff::Money::fromRaw(result.number(row, 2));
        out << f;
    }
    return out;
}

} // namespace ampcard::central
