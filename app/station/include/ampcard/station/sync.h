#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ampcard::central {
class PgConnection;
}

namespace ampcard::station {

class Ledger;

// Network mode, the station's side (docs/network.md): joining a central server, and pushing
// what waits in the outbox (journal entries and audit lines, put there in the transaction that
// wrote them) in batches the server takes idempotently. The sale never waits for it.
class Sync {
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    explicit Sync(Ledger &ledger) : m_ledger(ledger) {}

    // Where a push stands; the test build of the tool ends the process at a step (faulthook),
    // and tests/central/tst_syncfaults cuts the link there. In the order a round reaches them;
    // the batch steps come once a batch.
    enum class Step {
        kConnected,         // the server's connection is open, nothing sent yet
        kReferenceInserted, // the server took reference records; the reference outbox still has
                            // them
        kReferencePushed,   // every reference record out, the reference outbox cleared
        kReferencePulled,   // the other stations' records applied here, clashes noted
        kBatchBegun,        // BEGIN sent and the ledger bound
        kJournalInserted,   // the batch's journal entries inserted, not committed
        kAuditInserted,     // the batch's audit lines inserted, not committed
        kBeforeCommit,      // the float read, COMMIT not yet sent
        kServerCommitted,   // the server committed the batch; the outbox still has it
        kOutboxCleared,     // what the server took left the outbox
        kCardSalesNoted,    // the server took the card sales; this ledger has not noted that yet
    };
    using StepHook = std::function<void(Step)>;
    void setStepHook(StepHook hook) { m_hook = std::move(hook); }

    // Turns this ledger into a network one for `station` of the server at `url` (the URL that
    // `ampcard server add-station` printed; `password` replaces one in the URL when given). The
    // server must know the station and the password; the password goes to a file of the
    // station's alone (the ledger's path + ".pgpass", 0600), never into the ledger. The whole
    // history enters the outbox. Needs the station's key (a sealed settings change); audited as
    // "network.join" by `operatorName`.
    bool join(const QString &url, const QString &password, int station, const QString &operatorName,
              QString *error);
    [[nodiscard]] bool joined() const;

    struct Round {
        qint64 journal = 0; // entries the server took (or had already)
        qint64 audit = 0;
        int batches = 0;
        qint64 referencePushed = 0;  // customers, meters, cards… the server took
        qint64 referencePulled = 0;  // the other stations' records applied here
        qint64 referenceWaiting = 0; // protected records waiting for the station's key
        qint64 newClashes = 0;       // this station's records the server refused, heard now
    };
    // One round: pushes this station's reference records, then everything waiting in the
    // outbox, `batchSize` entries a batch (what the server accepted leaves the outbox), then
    // pulls the other stations' reference records and learns of clashes. False with `error`
    // (also kept as the last error) when the server cannot be reached or refuses a batch; what
    // was not accepted stays waiting.
    bool push(Round *round, QString *error, int batchSize = 2000);

    struct State {
        bool joined = false;
        int station = 0;
        QString server; // without the password
        qint64 waiting = 0;
        QDateTime oldestWaiting; // the time of the oldest entry waiting (UTC), null when none
        QDateTime lastSuccess;
        QString lastError;
        QDateTime lastErrorAt;
        qint64 floatLeft = -1;       // as the server said at the last success (0.0001), -1 unknown
        qint64 referenceWaiting = 0; // customers, meters, cards… not yet pushed
        qint64 protectedWaiting = 0; // plans, fees, operators of other stations, for the key
        qint64 clashes = 0;          // records refused by the server or not applied here
    };

    // A record the server refused because another station's holds its number, or another
    // station's record this ledger could not take; a supervisor settles each.
    struct Clash {
        qint64 revision = 0;
        QString kind; // customer, meter, card, plan, operator
        QString key;
        QString naturalKey; // the number both records claim
        int otherStation = 0;
        bool refused = false; // true: this station's record was refused by the server
        QDateTime notedAt;
    };
    [[nodiscard]] QList<Clash> clashes() const;
    [[nodiscard]] State state() const;

    // Applies the other stations' tariff plans, assignments, fee rules and operators now: they
    // are sealed state, so only a ledger whose key is unlocked (the application) takes them; the
    // sync worker and daemon leave them waiting (State::protectedWaiting). Returns how many.
    std::optional<qint64> pullProtected(QString *error);

    // What a shared edit changes: tariff plans, assignments and fee rules are the utility's and
    // are edited only at a station the server lets edit them (the head office); operators of
    // other stations stay their own.
    enum class SharedEdit { kTariffs, kOperators };
    // True for a stand-alone station, and for a network one when the server answers and the
    // station may make the edit; records every station shares change only online
    // (docs/network.md "Reference data"). False with `error` saying why otherwise.
    bool sharedEditAllowed(SharedEdit edit, QString *error) const;

    // The sequence of a remote sale to `meterNumber` (DESIGN.md §6): allocated by the server,
    // after `loaded` (the newest the meter's sealed record shows) and everything any station
    // allocated or pushed. std::nullopt with `error` when the server cannot be reached or
    // refuses (a card sale at any station that the meter has not loaded yet).
    std::optional<qint64> allocateRemote(const QString &meterNumber, qint64 loaded, QString *error);

    // What this station may still sell (0.0001), whether or not the server is there: the float
    // the server said was left at the last push, less the takings written since and the sales
    // still pending. 0 when the station has joined but never heard its float; std::nullopt for a
    // stand-alone station, which sells without a float.
    [[nodiscard]] std::optional<qint64> floatLeftNow() const;

    static const QString kServerKey;  // settings: the server URL, without the password
    static const QString kStationKey; // settings: the station number on the server

private:
    bool fail(const QString &message, QString *error);
    void note(const QString &key, const QString &value);
    [[nodiscard]] QString note(const QString &key) const;
    [[nodiscard]] QString passfile() const;
    // Tells the server the newest card sale of each meter sold since the last round.
    bool noteCardSales(central::PgConnection &server, QString *error);
    void step(Step reached)
    {
        if (m_hook)
            m_hook(reached);
    }

    Ledger &m_ledger;
    StepHook m_hook;
};

} // namespace ampcard::station
