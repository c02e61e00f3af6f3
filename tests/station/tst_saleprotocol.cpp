// The sale protocol alone (app/station/saleprotocol.h), with a delivery that fails where a row
// says: before anything left the station, after the first byte, or not at all; to a card (which
// confirms what it holds) or over the line (which proves nothing). Then the meter's proof
// settles what stayed pending. Every move goes through the sale ledger's transition table.
#include <QTest>
#include <QUuid>

#include "ampcard/station/meters.h"
#include "delivery.h"
#include "desk.h"
#include "salecontext.h"
#include "saleledger.h"
#include "saleprotocol.h"
#include "tokenfactory.h"

using namespace ampcard;
using namespace ampcard::station;
using testing::Counter;

namespace {

// A delivery that fails where it is told to (a fault a real card or line cannot give on demand).
class FakeDelivery final : public Delivery {
public:
    enum class Fault { kNone, kBeforeSending, kAfterSending };

    FakeDelivery(Fault fault, bool confirms) : m_fault(fault), m_confirms(confirms) {}

    Status deliver(const card::Token &token, const card::Aead &) override
    {
        delivered = token;
        m_started = m_fault != Fault::kBeforeSending;
        return m_fault == Fault::kNone ? kOk : Status(Errc::kCardRemoved);
    }
    [[nodiscard]] bool started() const override { return m_started; }
    [[nodiscard]] bool confirms() const override { return m_confirms; }
    [[nodiscard]] QString nothingSent(Status) const override { return QStringLiteral("unsent"); }
    [[nodiscard]] QString unfinished(Status) const override { return QStringLiteral("unfinished"); }

    std::optional<card::Token> delivered;

private:
    Fault m_fault;
    bool m_confirms;
    bool m_started = false;
};

struct Parts {
    explicit Parts(Counter &c)
        : context(*c.ledger, c.keys, c.reader, &QDateTime::currentDateTimeUtc), sales(context),
          tokens(context), protocol(context, sales, tokens)
    {}
    SaleContext context;
    SaleLedger sales;
    TokenFactory tokens;
    SaleProtocol protocol;
};

SaleRow purchaseRow(Counter &c, SaleKind kind = SaleKind::kPurchase)
{
    const std::optional<MeterRecord> meter =
        Meters(*c.ledger).byNumber(QLatin1String(testing::kMeterNumber));
    SaleRow row;
    row.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.kind = kind;
    row.meterId = meter->id;
    row.meterNumber = meter->number;
    row.operatorName = c.staff.cashier->login();
    if (const auto shift = Shifts(*c.ledger).current(c.staff.cashier->login()))
        row.shiftId = shift->id;
    row.paid = tariff::Money::fromWhole(100).raw();
    row.credit = row.paid;
    row.receipt[QStringLiteral("at")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return row;
}

// An account opened and loaded by its meter, and the cashier's shift open.
bool openedWithAShift(Counter &c)
{
    return c.setUp() && c.openAccount() && c.visitMeter().ok() &&
           Shifts(*c.ledger).open(*c.staff.cashier).has_value();
}

card::Token purchaseToken(Parts &parts, const MeterRecord &meter, const SaleRow &row)
{
    card::Token token = parts.tokens.base(card::RecordType::kPurchase, meter, 0x1001);
    token.amount = tariff::Money::fromRaw(row.credit);
    return token;
}

} // namespace

class TestSaleProtocol : public QObject {
    Q_OBJECT

private slots:
    void carries_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("card");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("stopAt"); // SaleStep the process is killed after, or -1
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("charged");
        using F = FakeDelivery::Fault;
        const int purchase = int(SaleKind::kPurchase);
        QTest::newRow("card-delivered-complete")
            << int(F::kNone) << true << purchase << -1 << "complete" << true;
        QTest::newRow("card-nothing-sent-void")
            << int(F::kBeforeSending) << true << purchase << -1 << "void" << false;
        QTest::newRow("card-write-unfinished-stays-pending")
            << int(F::kAfterSending) << true << purchase << -1 << "pending" << false;
        QTest::newRow("card-killed-after-pending-stays-pending")
            << int(F::kNone) << true << purchase << int(SaleStep::kPendingRecorded) << "pending"
            << false;
        QTest::newRow("card-killed-after-delivery-stays-pending")
            << int(F::kNone) << true << purchase << int(SaleStep::kCardWritten) << "pending"
            << false;
        QTest::newRow("remote-delivered-waits-for-the-proof")
            << int(F::kNone) << false << purchase << -1 << "pending" << false;
        QTest::newRow("remote-answer-lost-waits-for-the-proof")
            << int(F::kAfterSending) << false << purchase << -1 << "pending" << false;
        QTest::newRow("remote-nothing-sent-void")
            << int(F::kBeforeSending) << false << purchase << -1 << "void" << false;
    }

    // What one delivery leaves in the ledger: complete (and charged) only when the delivery
    // confirms the token is held; void only when nothing left the station; else pending.
    void carries()
    {
        QFETCH(int, fault);
        QFETCH(bool, card);
        QFETCH(int, kind);
        QFETCH(int, stopAt);
        QFETCH(QString, state);
        QFETCH(bool, charged);
        Counter c;
        QVERIFY(openedWithAShift(c));
        Parts parts(c);
        if (stopAt >= 0)
            parts.context.hook = [stopAt](SaleStep step) { return int(step) != stopAt; };
        SaleRow row = purchaseRow(c, SaleKind(kind));
        const std::optional<MeterRecord> meter = Meters(*c.ledger).byNumber(row.meterNumber);
        card::Token token = purchaseToken(parts, *meter, row);
        if (!card)
            row.cardSerial = 0;
        const qint64 journal =
            c.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger"));
        FakeDelivery delivery(FakeDelivery::Fault(fault), card);
        const auto receipt = parts.protocol.carry(row, token, delivery, 0);
        // A receipt when the work went through: delivered to the card, or sent over the line
        // (the caller then reads the meter's proof); none when it stopped or nothing was sent.
        QCOMPARE(bool(receipt),
                 state != QLatin1String("void") && stopAt < 0 &&
                     (FakeDelivery::Fault(fault) == FakeDelivery::Fault::kNone || !card));
        QCOMPARE(token.sequence, 2u); // taken under the write lock, above the opening's 1
        const std::optional<SaleRow> stored = parts.sales.rowById(row.id);
        QVERIFY(stored);
        QCOMPARE(stateName(stored->state), state);
        QCOMPARE(stored->cardSerial, card ? quint64(0x1001) : quint64(0));
        QCOMPARE(c.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger")),
                 journal + (charged ? row.paid : 0));
    }

    void settlesFromTheProof_data()
    {
        QTest::addColumn<bool>("loaded");
        QTest::addColumn<QString>("state");
        QTest::newRow("proven-loaded-complete") << true << "complete";
        QTest::newRow("proven-superseded-void") << false << "void";
    }

    // A pending row moves only on the meter's proof: loaded (its credit counted) completes it,
    // a later sequence loaded without it voids it.
    void settlesFromTheProof()
    {
        QFETCH(bool, loaded);
        QFETCH(QString, state);
        Counter c;
        QVERIFY(openedWithAShift(c));
        Parts parts(c);
        SaleRow row = purchaseRow(c);
        const std::optional<MeterRecord> meter = Meters(*c.ledger).byNumber(row.meterNumber);
        card::Token token = purchaseToken(parts, *meter, row);
        FakeDelivery unfinished(FakeDelivery::Fault::kAfterSending, true);
        QVERIFY(!parts.protocol.carry(row, token, unfinished, 0));
        QCOMPARE(parts.sales.rowById(row.id)->state, SaleState::kPending);

        MeterProof proof;
        proof.lastSequence = loaded ? 2 : 3; // superseded: a later sequence, no credit
        proof.loadCount = loaded ? 1 : 0;
        proof.creditLoaded = loaded ? row.credit : 0;
        QStringList settled;
        QVERIFY2(parts.protocol.settleFromProof(*c.staff.cashier, *meter, proof, &settled),
                 qPrintable(parts.context.error));
        const std::optional<SaleRow> after = parts.sales.rowById(row.id);
        QCOMPARE(stateName(after->state), state);
        QCOMPARE(after->proof, loaded ? TokenProof::kLoaded : TokenProof::kSuperseded);
        QCOMPARE(settled.size(), 1);
        // Settled rows never move again: the same proof changes nothing.
        QVERIFY(parts.protocol.settleFromProof(*c.staff.cashier, *meter, proof, &settled));
        QCOMPARE(settled.size(), 1);
        QCOMPARE(parts.sales.rowById(row.id)->state, after->state);
    }

    // The transition table refuses every move but pending → complete, pending → void and
    // complete → cancelled, through the sale ledger too.
    void refusesMovesOutsideTheTable()
    {
        Counter c;
        QVERIFY(openedWithAShift(c));
        Parts parts(c);
        SaleRow row = purchaseRow(c);
        const std::optional<MeterRecord> meter = Meters(*c.ledger).byNumber(row.meterNumber);
        card::Token token = purchaseToken(parts, *meter, row);
        FakeDelivery none(FakeDelivery::Fault::kBeforeSending, true);
        QVERIFY(!parts.protocol.carry(row, token, none, 0));
        const SaleRow voided = *parts.sales.rowById(row.id);
        QCOMPARE(voided.state, SaleState::kVoid);
        QVERIFY(!parts.sales.complete(voided));
        QVERIFY(!parts.sales.voidRow(QStringLiteral("cash"), voided));
        QCOMPARE(parts.sales.rowById(row.id)->state, SaleState::kVoid);
    }
};

QTEST_GUILESS_MAIN(TestSaleProtocol)
#include "tst_saleprotocol.moc"
