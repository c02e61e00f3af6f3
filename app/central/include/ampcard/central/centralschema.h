#pragma once

#include <QCoreApplication>
#include <QString>

namespace ampcard::central {

class PgConnection;

// The central schema on the utility's PostgreSQL (docs/network.md): created and upgraded step by
// step like the station's SQLite schema. Roles: ampcard_owner owns everything; ampcard_station is
// the group of the stations' login roles; ampcard_report reads for reports.
class CentralSchema {
    Q_DECLARE_TR_FUNCTIONS(CentralSchema)

public:
    static int latestVersion();

    struct Upgrade {
        int from = 0;
        int to = 0;
    };
    // Creates the roles and the schema, then runs the steps the database lacks, each in its own
    // transaction. The connection's user must be a superuser or hold CREATEROLE and be able to
    // create a schema in the database. False with `error` naming the step that failed.
    static bool upgrade(PgConnection &db, Upgrade *done, QString *error);
    // The version the database holds; 0 when there is no Ampcard schema, -1 with `error` when it
    // cannot be read.
    static int version(PgConnection &db, QString *error);
};

} // namespace ampcard::central
