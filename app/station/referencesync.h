#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

namespace ampcard::central {
class PgConnection;
}

namespace ampcard::station {

class Ledger;

// The reference data part of a sync round (docs/network.md "Reference data"): this station's
// changes to customers, meters, cards, tariff plans, plan assignments, fee rules and operators go
// to the server, and the other stations' come back by revision. Money never moves here.
class ReferenceSync {
    Q_DECLARE_TR_FUNCTIONS(ReferenceSync)

public:
    ReferenceSync(Ledger &ledger, central::PgConnection &server, int station)
        : m_ledger(ledger), m_server(server), m_station(station)
    {}

    struct Counts {
        qint64 pushed = 0;     // records the server took (or had already)
        qint64 pulled = 0;     // other stations' records applied here
        qint64 waiting = 0;    // protected records (plans, operators, fees) waiting for the key
        qint64 newClashes = 0; // this station's records the server refused, first heard of now
    };

    // Pushes what waits in reference_outbox, `batchSize` records a transaction; idempotent.
    bool push(Counts *counts, QString *error, int batchSize = 500);
    // Applies the other stations' records newer than the revision this ledger holds. Plans,
    // assignments, fee rules and operators are protected state: applied and sealed only when the
    // station's key is unlocked (the application), else they wait (the daemon).
    bool pull(Counts *counts, QString *error, int batchSize = 2000);
    // Learns which of this station's records the server refused as clashes.
    bool clashes(Counts *counts, QString *error);
    // Called each time the server took a batch of records, before they leave the outbox (the
    // fault tests cut the link there).
    void setInsertedHook(std::function<void()> hook) { m_inserted = std::move(hook); }

    // The keys of sync_status this class keeps.
    static const QString kPulledKey;          // newest revision applied, unprotected kinds
    static const QString kPulledProtectedKey; // newest revision applied, protected kinds
    static const QString kClashSeenKey;       // newest clash revision noted

private:
    bool pullKinds(bool protectedKinds, Counts *counts, QString *error, int batchSize);

    Ledger &m_ledger;
    central::PgConnection &m_server;
    int m_station;
    std::function<void()> m_inserted;
};

} // namespace ampcard::station
