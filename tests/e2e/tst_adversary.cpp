// The adversaries of DESIGN.md §8 that reach the sale protocol, played with real parts: the
// station's CardDesk on the real pcscd + ampcard-vcard, the same card image carried to
// ampcard-meter-sim, remote sales over DL/T645 on a socat pty. Each test is named after the
// adversary and the invariant it attacks; each reproduces an attack that gave free credit or lost
// paid credit before the sale was settled on the meter's proof (issue 14).
#include <QTest>

#include "ampcard/cardio/cardimage.h"
#include "ampcard/meterlink/dlt645master.h"
#include "ampcard/station/backup.h"
#include "loop.h"

using namespace ampcard;
using namespace ampcard::station;
using namespace testing;

namespace {

QDateTime comingYear()
{
    return QDateTime(QDate(QDate::currentDate().year() + 1, 3, 5), QTime(8, 0), Qt::UTC);
}

// What a customer with a card reader does at home: one byte of the newest record's body changed,
// so the meter (and the station) fall back to the older slot.
bool breakNewestIssueSlot(const QString &path)
{
    cardio::CardImage image;
    if (!image.load(path).ok())
        return false;
    const card::SlotFile &issue = card::kIssueFile;
    std::array<std::uint8_t, 2 * card::kHeaderSize> headers{};
    if (!image.read(issue.file.storeOffset + issue.headerArea(), headers).ok())
        return false;
    const card::SlotChoice choice = card::chooseSlots(headers);
    if (choice.count == 0)
        return false;
    const std::size_t stored = choice.headers[0].bodyLength + card::kTagSize;
    const std::size_t at = issue.file.storeOffset + issue.bodyOffset(choice.order[0], stored);
    std::array<std::uint8_t, 1> byte{};
    if (!image.read(at, byte).ok())
        return false;
    byte[0] ^= 0x5A;
    return image.write(at, byte).ok() && image.save().ok();
}

// The station with the ladder plan, ampcard-meter-sim (on `rs485` when given), and the account
// opened and loaded into the meter; empty when all went well, else what failed.
QString openedAndLoaded(Station &s, MeterConsole &meter, const QString &rs485 = {})
{
    if (const QString problem = s.setUp(kLadder, comingYear(), tariff::Money()); !problem.isEmpty())
        return problem;
    if (!s.startSimulator(meter, kQuietCredit, rs485))
        return QStringLiteral("ampcard-meter-sim did not start");
    if (!s.open())
        return s.desk->errorString();
    const QString code = s.toMeter(meter, s.card());
    return code == QLatin1String("C-00")
               ? QString()
               : QStringLiteral("the meter said %1 to the opening").arg(code);
}

qint64 meterCreditLoaded(MeterConsole &meter)
{
    return money(meter.status()[QStringLiteral("creditLoaded")].toString());
}

// A line whose answers someone on the RS-485 bus rewrites: the token reaches the meter, the
// meter's unsealed answer is replaced by `outcome`; with `forgeProof`, the sealed proof is
// replaced by a record of the right shape sealed with the wrong key.
class ForgingLine final : public RemoteMeter {
public:
    ForgingLine(RemoteMeter &line, std::uint8_t outcome, bool forgeProof)
        : m_line(line), m_outcome(outcome), m_forgeProof(forgeProof)
    {}
    Status state(const QString &meter, RemoteState *state) override
    {
        AMPCARD_TRY(m_line.state(meter, state));
        if (m_forgeProof && state->sealedProof.size() > card::kHeaderSize + 8)
            state->sealedProof[card::kHeaderSize + 3] ^= 0x01; // ciphertext: the tag fails
        return kOk;
    }
    Status deliver(const QString &meter, const std::vector<std::uint8_t> &token,
                   std::uint8_t *outcome) override
    {
        std::uint8_t real = 0;
        AMPCARD_TRY(m_line.deliver(meter, token, &real));
        *outcome = m_outcome;
        return kOk;
    }

private:
    RemoteMeter &m_line;
    std::uint8_t m_outcome;
    bool m_forgeProof;
};

} // namespace

class TestAdversary : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(ensurePcscd(&why), qPrintable(why));
    }

    // customer-with-reader: cancelled-purchase-loaded-from-older-slot → meter credit ≤ credit
    // sold. The cancellation goes on the card as a superseding record; the customer breaks it at
    // home and the meter loads the purchase from the older slot. The meter's record proves it:
    // the refund is refused and the sale stays sold.
    void customerWithReader_cancelledPurchaseLoadedFromOlderSlot_meterCreditAtMostSold()
    {
        Station s;
        MeterConsole meter;
        const QString problem = openedAndLoaded(s, meter);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(Shifts(s.ledger).open(*s.staff.supervisor));
        QVERIFY(s.atCounter(s.card()));
        const auto sale = s.sell(100);
        QVERIFY2(sale, qPrintable(s.desk->errorString()));
        const QString id = (*sale)[QStringLiteral("sale")].toString();
        const auto cancel = s.desk->cancel(*s.staff.supervisor, id);
        QVERIFY2(cancel, qPrintable(s.desk->errorString()));
        QCOMPARE((*cancel)[QStringLiteral("state")].toString(), QStringLiteral("pending"));
        const qint64 journal = s.scalar(QStringLiteral("SELECT sum(amount) FROM ledger"));

        s.vcard.stop();
        QVERIFY(breakNewestIssueSlot(s.card()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00")); // the purchase loads

        QVERIFY(s.atCounter(s.card()));
        const auto check = s.desk->inspect(*s.staff.cashier);
        QVERIFY2(check, qPrintable(s.desk->errorString()));
        QVERIFY2(check->settled.join(QLatin1Char(' ')).contains(QStringLiteral("refused")),
                 qPrintable(check->settled.join(QLatin1Char('|'))));
        QSqlQuery state(s.ledger.database());
        QVERIFY(
            state.exec(QStringLiteral("SELECT state, proof FROM sales WHERE id = '%1'").arg(id)));
        QVERIFY(state.next());
        QCOMPARE(state.value(0).toString(), QStringLiteral("complete"));
        QCOMPARE(state.value(1).toString(), QStringLiteral("loaded"));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'cancel' AND "
                                         "state = 'void'")),
                 1);
        QCOMPARE(s.scalar(QStringLiteral("SELECT sum(amount) FROM ledger")), journal);
        QVERIFY(meterCreditLoaded(meter) <= s.creditSold());
        QCOMPARE(meterCreditLoaded(meter), s.creditSold());
        QVERIFY(!s.ledger.verify().brokenAt);
    }

    // customer-with-reader: cancelled-purchase-superseded → refund only with the meter's proof.
    // The same cancellation, loaded as intended: the refund is paid once the meter's record shows
    // the superseding record loaded without the purchase, never before.
    void customerWithReader_cancellationLoaded_refundPaidOnlyOnProof()
    {
        Station s;
        MeterConsole meter;
        const QString problem = openedAndLoaded(s, meter);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(Shifts(s.ledger).open(*s.staff.supervisor));
        QVERIFY(s.atCounter(s.card()));
        const auto sale = s.sell(100);
        QVERIFY2(sale, qPrintable(s.desk->errorString()));
        const QString id = (*sale)[QStringLiteral("sale")].toString();
        const qint64 before = s.scalar(QStringLiteral("SELECT sum(amount) FROM ledger"));
        QVERIFY2(s.desk->cancel(*s.staff.supervisor, id), qPrintable(s.desk->errorString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT sum(amount) FROM ledger")), before);
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00")); // the zero record loads
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.desk->inspect(*s.staff.cashier), qPrintable(s.desk->errorString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT sum(amount) FROM ledger")),
                 before - money((*sale)[QStringLiteral("paid")].toString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE id = '%1' AND state = "
                                         "'cancelled'")
                              .arg(id)),
                 1);
        QCOMPARE(meterCreditLoaded(meter), 0);
        // The old record, restored from a copy, is refused by the meter: superseded for good.
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-02"));
        QCOMPARE(meterCreditLoaded(meter), s.creditSold());
    }

    // customer-with-reader: delivered-purchase-then-newer-slot-broken → a delivered purchase is
    // never voided. The card stops answering once it holds the record (the sale stays pending),
    // the meter loads it at home, the customer breaks the newer slot. The card no longer shows
    // the record, but the meter's record in the same reading proves it loaded: complete.
    void customerWithReader_deliveredPurchaseNewerSlotBroken_neverVoided()
    {
        Station s;
        MeterConsole meter;
        const QString problem = openedAndLoaded(s, meter);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(s.atCounter(s.card()));
        s.desk->setStepHook([](SaleStep step) { return step != SaleStep::kCardWritten; });
        QVERIFY(!s.sell(100));
        s.desk->setStepHook({});
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'pending'")), 1);

        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(breakNewestIssueSlot(s.card()));
        QVERIFY(s.atCounter(s.card()));
        const auto check = s.desk->inspect(*s.staff.cashier);
        QVERIFY2(check, qPrintable(s.desk->errorString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'void'")), 0);
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'purchase' AND "
                                         "state = 'complete' AND proof = 'loaded'")),
                 1);
        QCOMPARE(meterCreditLoaded(meter), s.creditSold());
        QVERIFY(s.creditSold() > 0);
    }

    // customer-with-reader: restored-ledger-after-remote-sale → paid credit is never lost. After
    // a remote sale the ledger is restored from an older backup; the next card sale must not reuse
    // the remote sale's sequence (the meter would refuse it and the customer would have paid for
    // nothing). The first token after the restore jumps past anything the lost ledger could have
    // issued; the meter's next record shows the remote sale's credit, reported as unknown here.
    void customerWithReader_restoredLedgerAfterRemoteSale_paidCreditNeverLost()
    {
        Station s;
        const QString problem = s.setUp(kLadder, comingYear(), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SerialLine rs485;
        QVERIFY2(rs485.start(s.dir.path(), QStringLiteral("rs485")),
                 "socat is needed: bash scripts/deps.sh serial");
        MeterConsole meter;
        QVERIFY(s.startSimulator(meter, kQuietCredit, rs485.meterSide));
        Dlt645RemoteMeter line;
        QString why;
        QVERIFY2(line.open(rs485.stationSide, 2400, &why), qPrintable(why));

        QVERIFY2(s.open(), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.sell(100), qPrintable(s.desk->errorString())); // 2
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        const QString backup = s.dir.filePath(QStringLiteral("older.backup"));
        BackupReport report;
        QVERIFY(Backup().save(*s.staff.admin, s.ledger, backup, &report));
        SaleRequest request;
        request.money = tariff::Money::fromWhole(80);
        const auto remote =
            s.desk->sellRemote(*s.staff.cashier, QLatin1String(kLoopMeter), request, line); // 3
        QVERIFY2(remote, qPrintable(s.desk->errorString()));
        QCOMPARE(meter.status()[QStringLiteral("lastSeq")].toInt(), 3);
        const qint64 remoteCredit = money((*remote)[QStringLiteral("credit")].toString());

        const QString path = s.ledger.database().databaseName();
        s.desk.reset();
        s.ledger.close();
        Backup restore;
        QVERIFY2(restore.restore(backup, path, s.keys, QStringLiteral("admin"),
                                 QStringLiteral("admin-pass"), &report),
                 qPrintable(restore.errorString()));
        QVERIFY(s.ledger.open(path, false));
        s.desk = std::make_unique<CardDesk>(s.ledger, s.keys, s.reader, [&s] { return s.now; });

        // The card's record predates the remote sale: the restored ledger knows sequence 2 only.
        QVERIFY(s.atCounter(s.card()));
        const auto sale = s.sell(50);
        QVERIFY2(sale, qPrintable(s.desk->errorString()));
        QVERIFY((*sale)[QStringLiteral("sequence")].toInt() > 3 + 65535);
        const qint64 before = meterCreditLoaded(meter);
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00")); // loaded, not refused
        QCOMPARE(meterCreditLoaded(meter) - before,
                 money((*sale)[QStringLiteral("credit")].toString()));
        QVERIFY(s.atCounter(s.card()));
        const auto check = s.desk->inspect(*s.staff.cashier);
        QVERIFY2(check, qPrintable(s.desk->errorString()));
        QVERIFY2(check->settled.join(QLatin1Char(' ')).contains(QStringLiteral("did not issue")),
                 qPrintable(check->settled.join(QLatin1Char('|'))));
        QCOMPARE(s.scalar(QStringLiteral("SELECT unknown_credit FROM meters")), remoteCredit);
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE proof = 'loaded' AND "
                                         "id = '%1'")
                              .arg((*sale)[QStringLiteral("sale")].toString())),
                 1);
    }

    // customer-with-reader: older-return-record-replayed → return records only move forward. A
    // card image restored from a copy carries an older authentic record (less energy, fewer
    // loads): it is refused, not stored, and the station goes on from the newest record.
    void customerWithReader_olderReturnRecordReplayed_refusedNewestKept()
    {
        Station s;
        MeterConsole meter;
        const QString problem = openedAndLoaded(s, meter);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.sell(100), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        const QString copy = s.dir.filePath(QStringLiteral("copy.img"));
        QVERIFY(QFile::copy(s.card(), copy));
        s.consume(meter, 1000, 3600); // 1 kWh on the meter's registers
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.sell(50), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.desk->inspect(*s.staff.cashier), qPrintable(s.desk->errorString()));
        const qint64 stored = s.scalar(QStringLiteral("SELECT count(*) FROM return_records"));

        QVERIFY(s.atCounter(copy));
        const auto check = s.desk->inspect(*s.staff.cashier);
        QVERIFY2(check, qPrintable(s.desk->errorString()));
        QVERIFY2(check->settled.join(QLatin1Char(' ')).contains(QStringLiteral("older")),
                 qPrintable(check->settled.join(QLatin1Char('|'))));
        QCOMPARE(check->returned->lastSequence, 3u);
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM return_records")), stored);
        const auto sale = s.sell(10);
        QVERIFY2(sale, qPrintable(s.desk->errorString()));
        QCOMPARE((*sale)[QStringLiteral("sequence")].toInt(), 4);
    }

    // someone-on-the-RS-485-line: clock-set-back → the meter's record still settles. A broadcast
    // time (no password) asks for a month back; the meter moves its clock back by its drift
    // allowance (five minutes) only. Its next record is ordered by its seal counter, not its
    // clock: stored, audited, and the sale it proves loaded completes.
    void rs485Attacker_clockSetBack_recordsStillSettle()
    {
        Station s;
        const QString problem = s.setUp(kLadder, comingYear(), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SerialLine rs485;
        QVERIFY2(rs485.start(s.dir.path(), QStringLiteral("rs485")),
                 "socat is needed: bash scripts/deps.sh serial");
        MeterConsole meter;
        QVERIFY(s.startSimulator(meter, kQuietCredit, rs485.meterSide));
        QVERIFY2(s.open(), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.sell(100), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.desk->inspect(*s.staff.cashier), qPrintable(s.desk->errorString()));

        meterlink::Dlt645Master master;
        QString why;
        QVERIFY2(master.open(rs485.stationSide, 2400, &why), qPrintable(why));
        const QDateTime local = s.now.toLocalTime().addDays(-30);
        const tariff::Timestamp back =
            local.toSecsSinceEpoch() + local.offsetFromUtc() - 946'684'800;
        const QDateTime before =
            QDateTime::fromString(meter.status()[QStringLiteral("time")].toString(), Qt::ISODate);
        QCOMPARE(master.broadcastTime(back), kOk);
        QDateTime after = before;
        for (int i = 0; i < 50 && after == before; ++i) {
            QThread::msleep(20);
            after = QDateTime::fromString(meter.status()[QStringLiteral("time")].toString(),
                                          Qt::ISODate);
        }
        QCOMPARE(after.secsTo(before), qint64{300});

        QVERIFY(s.atCounter(s.card()));
        const auto sale = s.sell(200);
        QVERIFY2(sale, qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        const auto check = s.desk->inspect(*s.staff.cashier);
        QVERIFY2(check, qPrintable(s.desk->errorString()));
        QCOMPARE(check->returned->lastSequence,
                 std::uint32_t((*sale)[QStringLiteral("sequence")].toInt()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE proof = 'loaded' AND "
                                         "id = '%1'")
                              .arg((*sale)[QStringLiteral("sale")].toString())),
                 1);
        QVERIFY(s.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'meter.clock-or-events-back'")) >= 1);
        QCOMPARE(meterCreditLoaded(meter), s.creditSold());
    }

    // customer-with-reader: a copy restored before every sale → the ledger, not the card, says
    // what is on its way. Each sale would otherwise open a new sequence until the station could no
    // longer weigh them; instead a sale onto a card that hides an unloaded purchase is refused,
    // and combined goes onto that purchase's sequence, so the meter's record settles both.
    void customerWithReader_copyRestoredBeforeEachSale_salesStayOnOneSequence()
    {
        Station s;
        MeterConsole meter;
        const QString problem = openedAndLoaded(s, meter);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString copy = s.dir.filePath(QStringLiteral("loaded-only.img"));
        QVERIFY(QFile::copy(s.card(), copy));
        QVERIFY(s.atCounter(s.card()));
        const auto first = s.sell(100);
        QVERIFY2(first, qPrintable(s.desk->errorString()));
        s.vcard.stop();
        QVERIFY(QFile::remove(s.card()) && QFile::copy(copy, s.card()));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY(!s.sell(10));
        QVERIFY2(s.desk->errorString().contains(QStringLiteral("older copy")),
                 qPrintable(s.desk->errorString()));
        SaleRequest combined;
        combined.money = tariff::Money::fromWhole(10);
        combined.combineUnloaded = true;
        const auto second = s.desk->sell(*s.staff.cashier, QLatin1String(kLoopMeter), combined);
        QVERIFY2(second, qPrintable(s.desk->errorString()));
        QCOMPARE((*second)[QStringLiteral("sequence")].toInt(),
                 (*first)[QStringLiteral("sequence")].toInt());
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.desk->inspect(*s.staff.cashier), qPrintable(s.desk->errorString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'purchase' AND "
                                         "proof IN ('loaded', 'carried')")),
                 2);
        QCOMPARE(meterCreditLoaded(meter), s.creditSold());
    }

    // someone-on-the-RS-485-line: forged answers → only the meter's sealed record settles a remote
    // sale. An unsealed "refused" answer does not void a sale the meter loaded, and a record that
    // does not verify under the meter key settles nothing and sells nothing.
    void rs485Attacker_forgedAnswers_onlyTheSealedRecordSettles()
    {
        Station s;
        const QString problem = s.setUp(kLadder, comingYear(), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SerialLine rs485;
        QVERIFY2(rs485.start(s.dir.path(), QStringLiteral("rs485")),
                 "socat is needed: bash scripts/deps.sh serial");
        MeterConsole meter;
        QVERIFY(s.startSimulator(meter, kQuietCredit, rs485.meterSide));
        Dlt645RemoteMeter line;
        QString why;
        QVERIFY2(line.open(rs485.stationSide, 2400, &why), qPrintable(why));
        QVERIFY2(s.open(), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        SaleRequest request;
        request.money = tariff::Money::fromWhole(60);

        ForgingLine refusing(line, 12, false);
        const auto sold =
            s.desk->sellRemote(*s.staff.cashier, QLatin1String(kLoopMeter), request, refusing);
        QVERIFY2(sold, qPrintable(s.desk->errorString()));
        QCOMPARE((*sold)[QStringLiteral("state")].toString(), QStringLiteral("complete"));
        QCOMPARE(meterCreditLoaded(meter), s.creditSold());

        ForgingLine forging(line, 0, true);
        const qint64 rows = s.scalar(QStringLiteral("SELECT count(*) FROM sales"));
        QVERIFY(!s.desk->sellRemote(*s.staff.cashier, QLatin1String(kLoopMeter), request, forging));
        QVERIFY2(s.desk->errorString().contains(QStringLiteral("does not verify")),
                 qPrintable(s.desk->errorString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales")), rows);
        QCOMPARE(meterCreditLoaded(meter), s.creditSold());
    }
};

QTEST_GUILESS_MAIN(TestAdversary)
#include "tst_adversary.moc"
