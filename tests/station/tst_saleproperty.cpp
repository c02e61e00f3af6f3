#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "ampcard/station/carddesk.h"
#include "ampcard/station/shifts.h"
#include "desk.h"
#include "meterrig.h"

// customer-with-reader (DESIGN.md §5, §8), played at random against the real station and the real
// meter logic sharing one card: sell, cancel, pull the card mid-write, copy and restore the card,
// damage its newest record, load it into the meter, let the station read it, restart the station.
//   (1) the meter never holds more credit than was sold and not refunded (no free credit);
//   (2) once the card has been to the meter and back to the station, every paid sale is proven
//       loaded, refunded, or owed or waiting with a reason; a sale the meter's record has decided
//       never stays open without one (no silently lost credit);
//   (3) what the station marks loaded, carried or superseded is what the firmware really did.
// AMPCARD_PROPERTY_SEED, _RUNS and _RUN (one run of the seed) replay a failure.

using namespace ampcard;
using namespace ampcard::station;

namespace {

constexpr int kRuns = 2000;
constexpr int kMaxSteps = 12;

enum class Action {
    kSell,
    kCancel,
    kTornSell,
    kTornCancel,
    kCopy,
    kRestore,
    kDamage,
    kMeter,
    kInspect,
    kRestart
};

struct Step {
    Action action = Action::kSell;
    int money = 0;        // sell: whole currency units the customer pays
    bool combine = false; // sell: combine with a record the meter has not loaded
    quint32 pick = 0;     // cancel: which sale; restore: which copy; damage: which byte
    quint32 tear = 0;     // torn sell and cancel: the bytes the card takes before it is pulled
    quint8 mask = 0;      // damage: the bits flipped
};

QString stepText(const Step &step)
{
    const QString combine = step.combine ? QStringLiteral(" combined") : QString();
    const QString sale = step.pick % 4 != 0 ? QStringLiteral("last sale")
                                            : QStringLiteral("sale #%1").arg(step.pick / 4);
    switch (step.action) {
    case Action::kSell: return QStringLiteral("sell %1%2").arg(step.money).arg(combine);
    case Action::kCancel: return QStringLiteral("cancel %1").arg(sale);
    case Action::kTornSell:
        return QStringLiteral("sell %1%2 torn after %3 bytes")
            .arg(step.money)
            .arg(combine)
            .arg(step.tear);
    case Action::kTornCancel:
        return QStringLiteral("cancel %1 torn after %2 bytes").arg(sale).arg(step.tear);
    case Action::kCopy: return QStringLiteral("copy card");
    case Action::kRestore: return QStringLiteral("restore copy #%1").arg(step.pick);
    case Action::kDamage:
        return QStringLiteral("damage newest issue byte %1 ^%2").arg(step.pick).arg(step.mask);
    case Action::kMeter: return QStringLiteral("meter");
    case Action::kInspect: return QStringLiteral("inspect");
    case Action::kRestart: return QStringLiteral("restart");
    }
    return {};
}

QString stepsText(const QList<Step> &steps)
{
    QStringList texts;
    for (const Step &step : steps)
        texts.append(stepText(step));
    return texts.join(QStringLiteral("; "));
}

QList<Step> randomSteps(QRandomGenerator &random)
{
    QList<Step> steps;
    const int count = random.bounded(1, kMaxSteps + 1);
    for (int i = 0; i < count; ++i) {
        Step step;
        const int roll = random.bounded(100);
        step.action = roll < 28   ? Action::kSell
                      : roll < 36 ? Action::kCancel
                      : roll < 44 ? Action::kTornSell
                      : roll < 48 ? Action::kTornCancel
                      : roll < 56 ? Action::kCopy
                      : roll < 64 ? Action::kRestore
                      : roll < 69 ? Action::kDamage
                      : roll < 86 ? Action::kMeter
                      : roll < 95 ? Action::kInspect
                                  : Action::kRestart;
        step.money = random.bounded(20, 501);
        step.combine = random.bounded(2) == 1;
        step.pick = random.bounded(1024);
        step.tear = random.bounded(280);
        step.mask = static_cast<quint8>(random.bounded(1, 256));
        if (step.action == Action::kRestore)
            step.pick %= 4;
        steps.append(step);
    }
    return steps;
}

// How the paid sales of the runs ended, after the final settling.
struct Tally {
    qint64 runs = 0;
    qint64 steps = 0;
    qint64 sold = 0;    // sales written and completed
    qint64 refused = 0; // station refusals (with a message)
    qint64 tornWrites = 0;
    qint64 meterLoads = 0;
    qint64 replaced = 0; // runs whose card the station refused at the end: replaced
    qint64 loaded = 0;   // paid, proven loaded or carried
    qint64 refunded = 0; // paid, cancelled and paid back
    qint64 owed = 0; // paid, with a reason: never loadable (owed) or undecided, or being cancelled
    qint64 waiting = 0; // paid, still on its way: the meter's record has not reached its sequence
    qint64 pending = 0; // rows still pending (nothing charged yet)
    qint64 voided = 0;  // rows voided (nothing charged)
};

struct Failure {
    QString invariant; // a short name, kept while the sequence is shrunk
    QString detail;
    int step = -1; // -1: at the final settling
};

// One run: a fresh ledger with an account opened on card 0x1001, a freshly provisioned meter, and
// `steps`; the invariants are checked after every step and after the final settling.
class Run {
public:
    std::optional<Failure> play(const QList<Step> &steps, Tally *tally)
    {
        if (!setUp())
            return Failure{QStringLiteral("set-up"), m_error};
        for (int i = 0; i < steps.size(); ++i) {
            if (std::optional<Failure> failure = act(steps[i])) {
                failure->step = i;
                return failure;
            }
            if (std::optional<Failure> failure = checkAlways()) {
                failure->step = i;
                return failure;
            }
        }
        // The final settling: the card goes to the meter and back to the station, twice, so a
        // record the station writes again at the first reading is loaded at the second. A card
        // the station refuses (no record on it verifies) is replaced, as the counter would.
        for (int round = 0; round < 2; ++round) {
            m_log.append(meterVisit());
            if (m_c->desk->inspect(*m_c->staff.cashier))
                continue;
            const QString refused = m_c->desk->errorString();
            m_log.append(QStringLiteral("final inspect refused (%1)").arg(refused.left(90)));
            if (m_replaced || !replaceCard())
                return Failure{
                    QStringLiteral("final-inspect-refused"),
                    QStringLiteral("the station refused the card after the meter "
                                   "wrote its record: %1%2")
                        .arg(refused, m_replaced ? QString()
                                                 : QStringLiteral(" (and then the replacement: %1)")
                                                       .arg(m_c->desk->errorString()))};
            m_log.append(meterVisit());
            if (!m_c->desk->inspect(*m_c->staff.cashier))
                return Failure{QStringLiteral("replacement-refused"),
                               QStringLiteral("the station refused the replacement card after "
                                              "the meter loaded it: %1")
                                   .arg(m_c->desk->errorString())};
        }
        if (std::optional<Failure> failure = checkAlways())
            return failure;
        if (std::optional<Failure> failure = checkSettled(tally))
            return failure;
        if (tally) {
            tally->sold += m_sold;
            tally->refused += m_refused;
            tally->tornWrites += m_torn;
            tally->meterLoads += qint64(m_meter.loads().size());
            tally->replaced += m_replaced ? 1 : 0;
        }
        return std::nullopt;
    }

    [[nodiscard]] QString log() const { return m_log.join(QStringLiteral("; ")); }

private:
    bool setUp()
    {
        m_c = std::make_unique<testing::Counter>();
        if (!m_c->setUp()) {
            m_error = QStringLiteral("counter");
            return false;
        }
        if (!m_c->openAccount()) {
            m_error = m_c->desk->errorString();
            return false;
        }
        if (!Shifts(*m_c->ledger).open(*m_c->staff.cashier) ||
            !Shifts(*m_c->ledger).open(*m_c->staff.supervisor) ||
            !Shifts(*m_c->ledger).open(*m_c->staff.installer)) {
            m_error = QStringLiteral("shifts");
            return false;
        }
        if (!m_meter.provision(m_c->keys, testing::kMeterNumber)) {
            m_error = QStringLiteral("meter");
            return false;
        }
        return true;
    }

    // A new card for the meter (the customer's is unreadable): written by the installer, loaded
    // by the meter, which refuses the old card's serial from then on.
    bool replaceCard()
    {
        m_replaced = true;
        m_c->insertBlank(0x2001);
        const auto receipt = m_c->desk->replaceCard(
            *m_c->staff.installer, QLatin1String(testing::kMeterNumber), QStringLiteral("damaged"));
        m_log.append(
            receipt ? QStringLiteral("replaced by card 2001, sequence %1")
                          .arg(receipt->value(QStringLiteral("sequence")).toInt())
                    : QStringLiteral("replacement refused (%1)").arg(m_c->desk->errorString()));
        return bool(receipt);
    }

    std::optional<Failure> refusal(const QString &what)
    {
        ++m_refused;
        const QString error = m_c->desk->errorString();
        m_log.append(QStringLiteral("%1 refused (%2)").arg(what, error.left(90)));
        if (error.trimmed().isEmpty())
            return Failure{QStringLiteral("silent-refusal"),
                           QStringLiteral("%1 was refused without a message").arg(what)};
        return std::nullopt;
    }

    std::optional<Failure> sell(const Step &step, std::optional<std::size_t> tear)
    {
        const QString what = stepText(step);
        if (tear)
            m_c->store.tearAfter(*tear);
        const auto receipt =
            m_c->desk->sell(*m_c->staff.cashier, {}, testing::byMoney(step.money, step.combine));
        m_c->store.tearAfter(SIZE_MAX);
        if (!receipt) {
            if (tear)
                ++m_torn;
            return refusal(what);
        }
        ++m_sold;
        m_log.append(QStringLiteral("%1 -> sequence %2 credit %3")
                         .arg(what)
                         .arg(receipt->value(QStringLiteral("sequence")).toInt())
                         .arg(receipt->value(QStringLiteral("credit")).toString()));
        return std::nullopt;
    }

    std::optional<Failure> cancel(const Step &step, std::optional<std::size_t> tear)
    {
        const QString what = stepText(step);
        QStringList ids;
        QSqlQuery query(m_c->ledger->database());
        if (!query.exec(QStringLiteral("SELECT id FROM sales WHERE kind = 'purchase' ORDER BY "
                                       "rowid")))
            return Failure{QStringLiteral("sql"), query.lastError().text()};
        while (query.next())
            ids.append(query.value(0).toString());
        if (ids.isEmpty()) {
            m_log.append(QStringLiteral("%1: no sale yet").arg(what));
            return std::nullopt;
        }
        const QString id = step.pick % 4 != 0 ? ids.last() : ids[int((step.pick / 4) % ids.size())];
        if (tear)
            m_c->store.tearAfter(*tear);
        const auto receipt = m_c->desk->cancel(*m_c->staff.supervisor, id);
        m_c->store.tearAfter(SIZE_MAX);
        if (!receipt) {
            if (tear)
                ++m_torn;
            return refusal(what);
        }
        m_log.append(QStringLiteral("%1 -> sequence %2 %3")
                         .arg(what)
                         .arg(receipt->value(QStringLiteral("sequence")).toInt())
                         .arg(receipt->value(QStringLiteral("state")).toString()));
        return std::nullopt;
    }

    // Flips bits in one byte of the issue slot the card currently shows first (header or body).
    void damage(const Step &step)
    {
        auto bytes = m_c->memory.bytes();
        const auto &file = card::kIssueFile;
        const card::SlotChoice choice = card::chooseSlots(card::ConstBytes(bytes).subspan(
            file.file.storeOffset + file.headerArea(), 2 * card::kHeaderSize));
        if (choice.count == 0) {
            m_log.append(QStringLiteral("damage: no issue record"));
            return;
        }
        const int slot = choice.order[0];
        const std::size_t stored = choice.headers[0].bodyLength + card::kTagSize;
        const std::size_t index = step.pick % (card::kHeaderSize + stored);
        const std::size_t offset =
            file.file.storeOffset +
            (index < card::kHeaderSize ? file.headerOffset(slot) + index
                                       : file.bodyOffset(slot, stored) + index - card::kHeaderSize);
        bytes[offset] ^= step.mask;
        m_log.append(QStringLiteral("damaged slot %1 (sequence %2) byte %3")
                         .arg(slot)
                         .arg(choice.headers[0].sequence)
                         .arg(index));
    }

    QString meterVisit()
    {
        const meter::CardOutcome outcome = m_meter.insert(m_c->memory);
        return QStringLiteral("meter C-%1 (last sequence %2, loaded %3 in %4)")
            .arg(int(outcome), 2, 10, QLatin1Char('0'))
            .arg(m_meter.lastSequence())
            .arg(tariff::formatMoney(tariff::Money::fromRaw(m_meter.creditLoaded())))
            .arg(m_meter.loadCount());
    }

    std::optional<Failure> act(const Step &step)
    {
        switch (step.action) {
        case Action::kSell: return sell(step, std::nullopt);
        case Action::kTornSell: return sell(step, std::size_t(step.tear));
        case Action::kCancel: return cancel(step, std::nullopt);
        case Action::kTornCancel: return cancel(step, std::size_t(step.tear));
        case Action::kCopy: {
            const auto bytes = m_c->memory.bytes();
            std::array<std::uint8_t, card::kCardStoreSize> copy{};
            std::copy(bytes.begin(), bytes.end(), copy.begin());
            m_copies.push_back(copy);
            m_log.append(QStringLiteral("copy #%1").arg(m_copies.size() - 1));
            return std::nullopt;
        }
        case Action::kRestore: {
            if (m_copies.empty()) {
                m_log.append(QStringLiteral("restore: no copy"));
                return std::nullopt;
            }
            const std::size_t which = step.pick % m_copies.size();
            const auto &copy = m_copies[which];
            std::copy(copy.begin(), copy.end(), m_c->memory.bytes().begin());
            m_log.append(QStringLiteral("restored copy #%1").arg(which));
            return std::nullopt;
        }
        case Action::kDamage: damage(step); return std::nullopt;
        case Action::kMeter: m_log.append(meterVisit()); return std::nullopt;
        case Action::kInspect: {
            if (!m_c->desk->inspect(*m_c->staff.cashier))
                return refusal(QStringLiteral("inspect"));
            m_log.append(QStringLiteral("inspect ok"));
            return std::nullopt;
        }
        case Action::kRestart:
            if (!m_c->restart())
                return Failure{QStringLiteral("restart"),
                               QStringLiteral("the ledger did not reopen")};
            m_log.append(QStringLiteral("restart"));
            return std::nullopt;
        }
        return std::nullopt;
    }

    struct SaleRow {
        QString id;
        QString kind;
        QString state;
        QString proof;
        QString note;
        qint64 sequence = 0;
        qint64 credit = 0;
        qint64 tokenAmount = 0;
        bool cancelPending = false;
    };

    QList<SaleRow> saleRows() const
    {
        QList<SaleRow> rows;
        QSqlQuery query(m_c->ledger->database());
        if (!query.exec(QStringLiteral(
                "SELECT s.id, s.kind, s.state, s.proof, s.note, s.sequence, s.credit, "
                "s.token_amount, EXISTS (SELECT 1 FROM sales c WHERE c.kind = 'cancel' AND "
                "c.state = 'pending' AND c.reference = s.id) FROM sales s ORDER BY s.rowid")))
            qFatal("%s", qPrintable(query.lastError().text()));
        while (query.next()) {
            SaleRow row;
            row.id = query.value(0).toString();
            row.kind = query.value(1).toString();
            row.state = query.value(2).toString();
            row.proof = query.value(3).toString();
            row.note = query.value(4).toString();
            row.sequence = query.value(5).toLongLong();
            row.credit = query.value(6).toLongLong();
            row.tokenAmount = query.value(7).toLongLong();
            row.cancelPending = query.value(8).toBool();
            rows.append(row);
        }
        return rows;
    }

    static bool credits(const SaleRow &row)
    {
        return row.kind == QLatin1String("purchase") || row.kind == QLatin1String("opening") ||
               row.kind == QLatin1String("meter-change");
    }

    static QString rowText(const SaleRow &row)
    {
        return QStringLiteral("%1 %2 sequence %3 credit %4 token %5 state %6 proof '%7' note '%8'")
            .arg(row.kind, row.id.left(8))
            .arg(row.sequence)
            .arg(row.credit)
            .arg(row.tokenAmount)
            .arg(row.state, row.proof, row.note);
    }

    // Credit sold and not refunded: a cancelled sale's credit and its completed refund (a cancel
    // row, negative credit) cancel out.
    static qint64 soldNotRefunded(const QList<SaleRow> &rows)
    {
        qint64 sold = 0;
        for (const SaleRow &row : rows) {
            if ((credits(row) && (row.state == QLatin1String("complete") ||
                                  row.state == QLatin1String("cancelled"))) ||
                (row.kind == QLatin1String("cancel") && row.state == QLatin1String("complete")))
                sold += row.credit;
        }
        return sold;
    }

    // (1) and (3), true after every step.
    std::optional<Failure> checkAlways() const
    {
        const QList<SaleRow> rows = saleRows();
        const qint64 sold = soldNotRefunded(rows);
        qint64 pendingCredit = 0;
        for (const SaleRow &row : rows) {
            if (credits(row) && row.state == QLatin1String("pending"))
                pendingCredit += row.credit;
        }
        const qint64 loaded = m_meter.creditLoaded();
        // A pending record may be on the card and loaded before the station sees the card again
        // (issued is forever); it completes once the station reads the meter's proof.
        if (loaded > sold + pendingCredit)
            return Failure{QStringLiteral("free-credit"),
                           QStringLiteral("the meter loaded %1 but only %2 was sold and not "
                                          "refunded (%3 pending)")
                               .arg(loaded)
                               .arg(sold)
                               .arg(pendingCredit)};
        return checkProofs(rows);
    }

    // (3) The credit the station counts as loaded at a sequence (its rows proven loaded, or
    // carried by a re-issue) is what the firmware took there: never more, and exactly that once
    // every record issued at that sequence is decided.
    std::optional<Failure> checkProofs(const QList<SaleRow> &rows) const
    {
        struct AtSequence {
            qint64 proven = 0;
            bool open = false;
            QStringList rows;
        };
        std::map<qint64, AtSequence> sequences;
        for (const SaleRow &row : rows) {
            if (!credits(row))
                continue;
            AtSequence &at = sequences[row.sequence];
            at.rows.append(rowText(row));
            if (row.proof == QLatin1String("loaded") || row.proof == QLatin1String("carried"))
                at.proven += row.credit;
            // A record voided before anything was sent is never decided, and needs not be.
            if (row.proof.isEmpty() && row.tokenAmount > 0 && row.state != QLatin1String("void"))
                at.open = true;
        }
        const testing::FirmwareMeter::Loads &loads = m_meter.loads();
        for (const auto &[sequence, at] : sequences) {
            const auto found = loads.find(std::uint32_t(sequence));
            const qint64 took = found == loads.end() ? 0 : found->second;
            if (at.proven > took || (!at.open && at.proven != took))
                return Failure{QStringLiteral("wrong-proof"),
                               QStringLiteral("the station counts %1 of credit as loaded at "
                                              "sequence %2, the meter took %3 there: %4")
                                   .arg(at.proven)
                                   .arg(sequence)
                                   .arg(took)
                                   .arg(at.rows.join(QStringLiteral(" | ")))};
        }
        QSqlQuery unknown(m_c->ledger->database());
        if (!unknown.exec(QStringLiteral("SELECT unknown_credit FROM meters")) || !unknown.next())
            return Failure{QStringLiteral("sql"), unknown.lastError().text()};
        if (unknown.value(0).toLongLong() != 0)
            return Failure{QStringLiteral("unexplained-credit"),
                           QStringLiteral("the station says the meter loaded %1 that its ledger "
                                          "never issued; every record came from this ledger")
                               .arg(unknown.value(0).toLongLong())};
        return std::nullopt;
    }

    // (1) without pending credit and (2), after the final settling.
    std::optional<Failure> checkSettled(Tally *tally) const
    {
        const QList<SaleRow> rows = saleRows();
        const qint64 sold = soldNotRefunded(rows);
        if (m_meter.creditLoaded() > sold)
            return Failure{QStringLiteral("free-credit-settled"),
                           QStringLiteral("after settling, the meter loaded %1 but only %2 was "
                                          "sold and not refunded")
                               .arg(m_meter.creditLoaded())
                               .arg(sold)};
        const qint64 meterLast = m_meter.lastSequence();
        Tally counts;
        for (const SaleRow &row : rows) {
            if (row.kind != QLatin1String("purchase"))
                continue;
            const bool reason = !row.note.isEmpty() || row.cancelPending;
            if (row.state == QLatin1String("void")) {
                ++counts.voided;
            } else if (row.state == QLatin1String("cancelled")) {
                ++counts.refunded;
            } else if (row.state == QLatin1String("pending")) {
                if (row.sequence <= meterLast && !reason)
                    return Failure{QStringLiteral("undecided-pending"),
                                   QStringLiteral("the meter's record (last sequence %1) decides "
                                                  "it, yet it stays pending without a reason: %2")
                                       .arg(meterLast)
                                       .arg(rowText(row))};
                ++counts.pending;
            } else if (row.proof == QLatin1String("loaded") ||
                       row.proof == QLatin1String("carried")) {
                ++counts.loaded;
            } else if (reason) {
                ++counts.owed;
            } else if (row.proof == QLatin1String("superseded")) {
                return Failure{QStringLiteral("lost-credit"),
                               QStringLiteral("paid, never loadable, and neither refunded nor "
                                              "owed: %1")
                                   .arg(rowText(row))};
            } else if (row.sequence <= meterLast) {
                return Failure{QStringLiteral("undecided-sale"),
                               QStringLiteral("the meter's record (last sequence %1) decides it, "
                                              "yet it has no proof and no reason: %2")
                                   .arg(meterLast)
                                   .arg(rowText(row))};
            } else {
                ++counts.waiting;
            }
        }
        if (tally) {
            tally->loaded += counts.loaded;
            tally->refunded += counts.refunded;
            tally->owed += counts.owed;
            tally->waiting += counts.waiting;
            tally->pending += counts.pending;
            tally->voided += counts.voided;
        }
        if (m_c->ledger->verify().brokenAt)
            return Failure{QStringLiteral("chain"), QStringLiteral("the journal does not verify")};
        return std::nullopt;
    }

    std::unique_ptr<testing::Counter> m_c;
    testing::FirmwareMeter m_meter;
    std::vector<std::array<std::uint8_t, card::kCardStoreSize>> m_copies;
    QStringList m_log;
    QString m_error;
    qint64 m_sold = 0;
    qint64 m_refused = 0;
    qint64 m_torn = 0;
    bool m_replaced = false;
};

// Drops steps one at a time while the same invariant still fails: the shortest sequence found.
QList<Step> shrink(QList<Step> steps, const QString &invariant)
{
    for (bool smaller = true; smaller;) {
        smaller = false;
        for (int i = 0; i < steps.size(); ++i) {
            QList<Step> shorter = steps;
            shorter.removeAt(i);
            const std::optional<Failure> failure = Run().play(shorter, nullptr);
            if (failure && failure->invariant == invariant) {
                steps = shorter;
                smaller = true;
                --i;
            }
        }
    }
    return steps;
}

quint32 fromEnvironment(const char *name, quint32 fallback)
{
    bool ok = false;
    const quint32 value = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? value : fallback;
}

Step stepOf(Action action, int money = 0, bool combine = false)
{
    Step step;
    step.action = action;
    step.money = money;
    step.combine = combine;
    return step;
}

Step tornSell(int money, bool combine, quint32 bytes)
{
    Step step = stepOf(Action::kTornSell, money, combine);
    step.tear = bytes;
    return step;
}

Step damageAt(quint32 byte)
{
    Step step = stepOf(Action::kDamage);
    step.pick = byte;
    step.mask = 0xFD;
    return step;
}

// Sequences the property found, shrunk, replayed by name.
struct Scenario {
    const char *name;
    QList<Step> steps;
};

QList<Scenario> scenarios()
{
    return {
        // The re-issue is pulled mid-write; the next combined sale builds on the card's older
        // record, so the second sale's credit never reaches the meter.
        {"customer-with-reader: combined-sale-over-a-torn-re-issue -> no paid credit lost",
         {stepOf(Action::kMeter), stepOf(Action::kSell, 445), tornSell(48, true, 69),
          stepOf(Action::kSell, 344, true)}},
        {"customer-with-reader: combined-sale-over-a-damaged-re-issue -> no paid credit lost",
         {stepOf(Action::kSell, 166, true), damageAt(35), stepOf(Action::kSell, 86, true)}},
        {"customer-with-reader: combined-sale-over-a-restored-copy -> no paid credit lost",
         {stepOf(Action::kCopy), stepOf(Action::kSell, 166, true), stepOf(Action::kRestore),
          stepOf(Action::kSell, 86, true)}},
    };
}

} // namespace

class TestSaleProperty : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Thousands of ledgers, each synced at every unit of work: on a RAM disk when there is
        // one, which keeps the test within a minute.
        if (!qEnvironmentVariableIsSet("TMPDIR") && QFileInfo(QStringLiteral("/dev/shm")).isDir() &&
            QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            qputenv("TMPDIR", "/dev/shm");
    }

    void customerWithReaderNeverGetsFreeOrLosesPaidCredit()
    {
        const quint32 seed =
            fromEnvironment("AMPCARD_PROPERTY_SEED", QRandomGenerator::global()->generate());
        const int runs = int(fromEnvironment("AMPCARD_PROPERTY_RUNS", kRuns));
        const int only = qEnvironmentVariableIsSet("AMPCARD_PROPERTY_RUN")
                             ? int(fromEnvironment("AMPCARD_PROPERTY_RUN", 0))
                             : -1;
        qInfo("seed %u (AMPCARD_PROPERTY_SEED=%u replays it), %d runs of up to %d steps", seed,
              seed, runs, kMaxSteps);
        QElapsedTimer timer;
        timer.start();
        Tally tally;
        // Every run is played; the first failure of each invariant is shrunk and told in full.
        std::map<QString, int> failures;
        QStringList told;
        for (int run = 0; run < runs; ++run) {
            if (only >= 0 && run != only)
                continue;
            const quint32 runSeed[] = {seed, quint32(run)};
            QRandomGenerator random(runSeed, 2);
            const QList<Step> steps = randomSteps(random);
            Run played;
            ++tally.runs;
            tally.steps += steps.size();
            const std::optional<Failure> failure = played.play(steps, &tally);
            if (!failure || ++failures[failure->invariant] > 1)
                continue;
            const QList<Step> minimal = shrink(steps, failure->invariant);
            Run replayed;
            const std::optional<Failure> again = replayed.play(minimal, nullptr);
            qWarning("%s",
                     qPrintable(QStringLiteral("seed %1 run %2: %3 at %4: %5\n  steps: %6\n  log: "
                                               "%7\n  minimal: %8\n  minimal log: %9\n  minimal "
                                               "failure: %10")
                                    .arg(seed)
                                    .arg(run)
                                    .arg(failure->invariant,
                                         failure->step < 0
                                             ? QStringLiteral("the final settling")
                                             : QStringLiteral("step %1").arg(failure->step + 1),
                                         failure->detail, stepsText(steps), played.log(),
                                         stepsText(minimal), replayed.log(),
                                         again ? again->detail : QStringLiteral("(flaky)"))));
            told.append(QStringLiteral("%1 (seed %2 run %3; minimal: %4)")
                            .arg(failure->invariant)
                            .arg(seed)
                            .arg(run)
                            .arg(stepsText(minimal)));
        }
        qInfo("%lld runs, %lld steps in %.1f s: %lld sales, %lld refusals, %lld torn writes, "
              "%lld meter loads, %lld unreadable cards replaced",
              tally.runs, tally.steps, double(timer.elapsed()) / 1000.0, tally.sold, tally.refused,
              tally.tornWrites, tally.meterLoads, tally.replaced);
        qInfo("paid sales after settling (runs that held): %lld loaded, %lld refunded, %lld "
              "owed or waiting with a reason, %lld still on the way to the meter; rows still "
              "pending %lld, voided %lld",
              tally.loaded, tally.refunded, tally.owed, tally.waiting, tally.pending, tally.voided);
        QStringList counted;
        for (const auto &[invariant, count] : failures)
            counted.append(QStringLiteral("%1 in %2 runs").arg(invariant).arg(count));
        QVERIFY2(failures.empty(),
                 qPrintable(counted.join(QStringLiteral(", ")) + QStringLiteral("\n") +
                            told.join(QStringLiteral("\n"))));
        QVERIFY(tally.runs > 0);
    }
    void foundSequences_data()
    {
        QTest::addColumn<int>("scenario");
        const QList<Scenario> all = scenarios();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }

    void foundSequences()
    {
        QFETCH(int, scenario);
        const QList<Step> steps = scenarios()[scenario].steps;
        Run run;
        const std::optional<Failure> failure = run.play(steps, nullptr);
        const QString message =
            failure ? QStringLiteral("%1: %2\n  steps: %3\n  log: %4")
                          .arg(failure->invariant, failure->detail, stepsText(steps), run.log())
                    : QString();
        QVERIFY2(!failure, qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestSaleProperty)
#include "tst_saleproperty.moc"
