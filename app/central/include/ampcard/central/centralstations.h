#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "ampcard/tariff/units.h"

namespace ampcard::central {

class PgConnection;

// The stations a central server knows: their login roles and vendor floats. Run by the utility's
// database administrator (the connection of `ampcard server …`), never by a station.
class CentralStations {
    Q_DECLARE_TR_FUNCTIONS(CentralStations)

public:
    explicit CentralStations(PgConnection &db) : m_db(db) {}

    struct Joined {
        int station = 0;
        QString role;
        // What the station joins with: the server's hosts, ports, database and TLS settings of
        // `adminUrl`, with the station's own user and password.
        QString url;
    };
    // Creates the station's login role (a random password, SCRAM) in the station group and its
    // row with `floatGranted`. std::nullopt with `error` when the station exists already.
    // `editsShared`: the station edits what every station shares (tariff plans, assignments, fee
    // rules, operators): the utility's head office. Other stations take those from the server.
    std::optional<Joined> add(int station, tariff::Money floatGranted, const QString &adminUrl,
                              QString *error, bool editsShared = false);

    // A login for reports over all stations (member of ampcard_report): reads every station's
    // rows, writes nothing. The URL as for a station.
    std::optional<QString> addReporter(const QString &login, const QString &adminUrl,
                                       QString *error);

    struct Float {
        int station = 0;
        tariff::Money granted;
        tariff::Money used; // takings pushed so far
        [[nodiscard]] tariff::Money left() const
        {
            return tariff::Money::fromRaw(granted.raw() - used.raw());
        }
    };
    bool setFloat(int station, tariff::Money granted, QString *error);
    std::optional<Float> floatOf(int station, QString *error);
    QList<Float> floats(QString *error);

    static QString roleName(int station);

private:
    PgConnection &m_db;
};

} // namespace ampcard::central
