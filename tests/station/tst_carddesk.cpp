#include <algorithm>

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include "ampcard/station/cards.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/tariffplans.h"
#include "desk.h"

using namespace ampcard;
using namespace ampcard::station;
using testing::byMoney;
using testing::Counter;

namespace {

qint64 raw(const QJsonObject &receipt, const char *key)
{
    const QByteArray text = receipt.value(QLatin1String(key)).toString().toLatin1();
    const auto parsed = tariff::Money::parse(std::string_view(text.constData(), text.size()));
    if (!parsed.ok())
        qFatal("%s is not money: %s", key, text.constData());
    return parsed.value().raw();
}

} // namespace

class TestCardDesk : public QObject {
    Q_OBJECT

private slots:
    // Open the account, load it, sell, load again: every line of the receipt adds up, the journal
    // holds the money and the meter gets exactly the credit.
    void opensAnAccountAndSells()
    {
        Counter c;
        QVERIFY(c.setUp());
        const auto opening = c.openAccount();
        QVERIFY2(opening, qPrintable(c.desk->errorString()));
        QCOMPARE(opening->value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(c.meter.opened);
        QCOMPARE(c.meter.boundSerial, std::uint64_t{0x1001});

        QVERIFY(!c.desk->sell(*c.staff.cashier, {}, byMoney(500)));
        QVERIFY(c.desk->errorString().contains(QStringLiteral("shift")));
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        const auto receipt =
            c.desk->sell(*c.staff.cashier, QLatin1String(testing::kMeterNumber), byMoney(500));
        QVERIFY2(receipt, qPrintable(c.desk->errorString()));
        QCOMPARE(raw(*receipt, "paid"), tariff::Money::fromWhole(500).raw());
        QCOMPARE(raw(*receipt, "fixedCharge"), tariff::Money::fromWhole(50).raw());
        QCOMPARE(raw(*receipt, "fixedCharge") + raw(*receipt, "debtRecovered") +
                     raw(*receipt, "vat") + raw(*receipt, "credit"),
                 raw(*receipt, "paid"));
        QCOMPARE(receipt->value(QStringLiteral("sequence")).toInt(), 2);
        QVERIFY(receiptText(*receipt).contains(QStringLiteral("500.0000")));

        const auto token = c.cardToken();
        QVERIFY(token);
        QCOMPARE(token->amount.raw(), raw(*receipt, "credit"));
        QCOMPARE(token->sequence, 2u);
        QCOMPARE(c.visitMeter(token->amount.raw()), kOk);
        QCOMPARE(c.meter.lastSequence, 2u);

        QCOMPARE(c.scalar(QStringLiteral("SELECT sum(amount) FROM ledger WHERE kind = 'sale'")),
                 tariff::Money::fromWhole(500).raw());
        QVERIFY(!c.ledger->verify().brokenAt);
        // A reprint is the same receipt.
        const auto reprint = c.desk->receipt(receipt->value(QStringLiteral("sale")).toString());
        QVERIFY(reprint);
        QCOMPARE(*reprint, *receipt);

        // The second purchase of the month pays no fixed charge.
        const auto second = c.desk->sell(*c.staff.cashier, {}, byMoney(100));
        QVERIFY2(second, qPrintable(c.desk->errorString()));
        QCOMPARE(raw(*second, "fixedCharge"), 0);
        QCOMPARE(second->value(QStringLiteral("sequence")).toInt(), 3);
    }

    // two-processes-on-one-ledger: a sequence is taken under the write lock → no two sales share
    // one. While another process (a CLI remote sale) holds the ledger's write lock having taken a
    // sequence, a sale at the counter takes none and records nothing; once the other commits, the
    // counter takes the next one above it.
    void twoProcesses_sameMeter_sequenceTakenUnderTheWriteLock()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        Ledger other;
        QVERIFY(other.open(c.path, false));
        QSqlQuery lock(other.database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(lock.exec(QStringLiteral("UPDATE meters SET last_sequence = last_sequence + 1")));
        QVERIFY(!c.desk->sell(*c.staff.cashier, {}, byMoney(100)));
        QVERIFY2(c.desk->errorString().contains(QStringLiteral("busy")),
                 qPrintable(c.desk->errorString()));
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'purchase'")), 0);
        const auto sale = c.desk->sell(*c.staff.cashier, {}, byMoney(100));
        QVERIFY2(sale, qPrintable(c.desk->errorString()));
        QCOMPARE(sale->value(QStringLiteral("sequence")).toInt(), 3); // 2 went to the other
    }

    void sellsByEnergy()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        SaleRequest request;
        request.by = SaleRequest::By::kEnergy;
        request.energy = tariff::Energy::fromWhole(10);
        const auto receipt = c.desk->sell(*c.staff.cashier, {}, request);
        QVERIFY2(receipt, qPrintable(c.desk->errorString()));
        // 10 kWh at 25.1 is 251.0000 of credit; the payment carries VAT and the fixed charge.
        QCOMPARE(raw(*receipt, "credit"), tariff::Money::fromRaw(2'510'000).raw());
        QCOMPARE(receipt->value(QStringLiteral("energy")).toString(), QStringLiteral("10.00"));
        QCOMPARE(receipt->value(QStringLiteral("energySteps")).toArray().size(), 1);
    }

    // An opening record the meter has not loaded yet: the sale is refused unless the cashier
    // combines both under the opening's sequence number.
    void combinesAnUnloadedRecordOrRefuses()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        QVERIFY(!c.desk->sell(*c.staff.cashier, {}, byMoney(200)));
        QVERIFY(c.desk->errorString().contains(QStringLiteral("not loaded")));
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'purchase'")), 0);
        const auto first = c.desk->sell(*c.staff.cashier, {}, byMoney(200, true));
        QVERIFY2(first, qPrintable(c.desk->errorString()));
        QCOMPARE(first->value(QStringLiteral("sequence")).toInt(), 1);
        const auto second = c.desk->sell(*c.staff.cashier, {}, byMoney(100, true));
        QVERIFY2(second, qPrintable(c.desk->errorString()));
        const auto token = c.cardToken();
        QVERIFY(token);
        QCOMPARE(token->type, card::RecordType::kAccountOpening);
        QCOMPARE(token->sequence, 1u);
        QCOMPARE(token->amount.raw(), raw(*first, "credit") + raw(*second, "credit"));
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(c.meter.opened);
    }

    void refusesCardsItMustNotSellTo_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << "unknown"
                                 << "not a customer card";
        QTest::newRow("another utility") << "utility"
                                         << "another utility";
        QTest::newRow("blacklisted") << "blacklisted"
                                     << "blacklisted";
        QTest::newRow("forged record") << "forged"
                                       << "does not verify";
        QTest::newRow("another meter's record") << "meter"
                                                << "tampered";
        QTest::newRow("copied record") << "copied"
                                       << "copied";
        QTest::newRow("function card") << "function"
                                       << "not a customer's card";
        QTest::newRow("another meter asked") << "asked"
                                             << "belongs to meter";
    }

    // Every refusal happens before money: no sale row, no journal entry.
    void refusesCardsItMustNotSellTo()
    {
        QFETCH(QString, card);
        QFETCH(QString, expected);
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        const qint64 entries = c.ledger->verify().entries;
        const auto sealOnCard = [&](const cardio::UtilityKeys &keys, const char *meter,
                                    std::uint64_t serial) {
            cardio::CardContents contents;
            QCOMPARE(c.service.read(contents), kOk);
            card::Token token = testing::purchase(testing::meterNumber(meter), serial, 50, 1000);
            token.utilityId = keys.utilityId();
            cardio::OpensslAead key;
            QCOMPARE(keys.meterAead(token.meter, 1, key), kOk);
            QCOMPARE(c.service.writeToken(contents, token, key), kOk);
        };
        QString meterAsked;
        if (card == QLatin1String("unknown")) {
            c.insertBlank(0x2002);
        } else if (card == QLatin1String("utility")) {
            sealOnCard(testing::utilityKeys(4400, 9), testing::kMeterNumber, 0x1001);
        } else if (card == QLatin1String("blacklisted")) {
            QVERIFY(
                Cards(*c.ledger).blacklist(*c.staff.installer, 0x1001, QStringLiteral("stolen")));
        } else if (card == QLatin1String("forged")) {
            // Sealed under another master key of the same utility: it does not open.
            sealOnCard(testing::utilityKeys(testing::kUtility, 99), testing::kMeterNumber, 0x1001);
        } else if (card == QLatin1String("meter")) {
            sealOnCard(c.keys, "310100000002", 0x1001);
        } else if (card == QLatin1String("copied")) {
            sealOnCard(c.keys, testing::kMeterNumber, 0x1002);
        } else if (card == QLatin1String("function")) {
            c.insertBlank(0x3003, card::CardKind::kClear);
        } else {
            meterAsked = QStringLiteral("310100000002");
        }
        QVERIFY(!c.desk->sell(*c.staff.cashier, meterAsked, byMoney(300)));
        QVERIFY2(c.desk->errorString().contains(expected), qPrintable(c.desk->errorString()));
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'purchase'")), 0);
        QCOMPARE(c.ledger->verify().entries, entries);
    }

    void sellingNeedsTheRightKeystore()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        const cardio::UtilityKeys other = testing::utilityKeys(4400, 9);
        CardDesk desk(*c.ledger, other, c.reader);
        QVERIFY(!desk.sell(*c.staff.cashier, {}, byMoney(300)));
        QVERIFY(desk.errorString().contains(QStringLiteral("utility 4400")));
        const cardio::UtilityKeys locked;
        CardDesk lockedDesk(*c.ledger, locked, c.reader);
        QVERIFY(!lockedDesk.inspect(*c.staff.cashier));
        QVERIFY(lockedDesk.errorString().contains(QStringLiteral("locked")));
    }

    void crashesAndPulledCardsReconcile_data()
    {
        QTest::addColumn<int>("stopAt");    // SaleStep, or -1
        QTest::addColumn<int>("tearAfter"); // bytes the card takes before it is pulled, or -1
        QTest::newRow("killed after pending") << int(SaleStep::kPendingRecorded) << -1;
        QTest::newRow("killed after the write") << int(SaleStep::kCardWritten) << -1;
        QTest::newRow("killed after completion") << int(SaleStep::kCompleted) << -1;
        // A purchase record without a tariff is 82 bytes on the card: pull it after each one.
        for (int bytes = 0; bytes < 82; ++bytes)
            QTest::addRow("pulled after %d bytes", bytes) << -1 << bytes;
    }

    // Whatever the point of failure, after a restart the same card comes back and the sale
    // completes: the card holds the record, or the station writes the same token (same sequence)
    // again. Nothing is voided on the card's word (issued is forever), and the meter loads
    // exactly the credit the journal sold.
    void crashesAndPulledCardsReconcile()
    {
        QFETCH(int, stopAt);
        QFETCH(int, tearAfter);
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        if (stopAt >= 0)
            c.desk->setStepHook([stopAt](SaleStep reached) { return int(reached) != stopAt; });
        if (tearAfter >= 0)
            c.store.tearAfter(std::size_t(tearAfter));
        const auto receipt = c.desk->sell(*c.staff.cashier, {}, byMoney(400));
        QCOMPARE(bool(receipt), false);
        c.store.tearAfter(SIZE_MAX);

        QVERIFY(c.restart());
        QVERIFY(!c.desk->pending().isEmpty() || stopAt == int(SaleStep::kCompleted));
        const auto check = c.desk->inspect(*c.staff.cashier);
        QVERIFY2(check, qPrintable(c.desk->errorString()));

        const auto token = c.cardToken();
        QVERIFY(token);
        QCOMPARE(token->sequence, 2u);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'purchase' AND "
                                         "state = 'complete'")),
                 1);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state <> 'complete'")),
                 0);
        QCOMPARE(c.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger WHERE kind "
                                         "= 'sale'")),
                 tariff::Money::fromWhole(400).raw());
        QVERIFY(!c.ledger->verify().brokenAt);

        // The counter goes on: the next sale takes a sequence above the pending one, the meter
        // loads what the card holds, and its record settles everything.
        c.desk->setStepHook({});
        (void)c.visitMeter();
        const auto next = c.desk->sell(*c.staff.cashier, {}, byMoney(100));
        QVERIFY2(next, qPrintable(c.desk->errorString()));
        QCOMPARE(next->value(QStringLiteral("sequence")).toInt(), 3);
        QCOMPARE(c.visitMeter(), kOk);
        QCOMPARE(c.meter.lastSequence, 3u);
        QVERIFY2(c.desk->inspect(*c.staff.cashier), qPrintable(c.desk->errorString()));
        QVERIFY(c.desk->pending().isEmpty());
        const qint64 soldCredit = c.scalar(QStringLiteral(
            "SELECT coalesce(sum(credit), 0) FROM sales WHERE kind = 'purchase' AND state = "
            "'complete'"));
        QCOMPARE(c.meter.creditLoaded, soldCredit);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'purchase' AND "
                                         "proof = 'loaded'")),
                 2);
        ++m_faultPoints;
    }

    // A supervisor cancels a sale the meter has not loaded: a superseding record (the next
    // sequence, nothing on it) goes on the card, and the refund waits for the meter's proof. Once
    // the meter's record shows the superseding record loaded without the sale, the reversal entry
    // balances the journal and the recovered debt is owed again.
    void cancelsAnUnloadedSaleOnly()
    {
        Counter c;
        QVERIFY(c.setUp());
        AccountRequest request;
        c.insertBlank(0x1001);
        request.customerNumber = QStringLiteral("C-1");
        request.meter.number = QLatin1String(testing::kMeterNumber);
        request.meter.tariffPlan = QStringLiteral("R1");
        request.presetRecovery = tariff::Money::fromWhole(40);
        QVERIFY2(c.desk->openAccount(*c.staff.installer, request),
                 qPrintable(c.desk->errorString()));
        QCOMPARE(c.scalar(QStringLiteral("SELECT debt FROM meters")),
                 tariff::Money::fromWhole(40).raw());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        const auto sale = c.desk->sell(*c.staff.cashier, {}, byMoney(100));
        QVERIFY(sale);
        QVERIFY(raw(*sale, "debtRecovered") > 0);
        const QString id = sale->value(QStringLiteral("sale")).toString();

        QVERIFY(!c.desk->cancel(*c.staff.cashier, id));
        QVERIFY(Shifts(*c.ledger).open(*c.staff.supervisor));
        const auto reversal = c.desk->cancel(*c.staff.supervisor, id);
        QVERIFY2(reversal, qPrintable(c.desk->errorString()));
        QCOMPARE(raw(*reversal, "paid"), -raw(*sale, "paid"));
        QCOMPARE(reversal->value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QVERIFY(reversal->value(QStringLiteral("refundPending")).toBool());
        QVERIFY(receiptText(*reversal).contains(QStringLiteral("pending")));
        // Nothing is refunded yet: the card could still hold the sale in its older slot.
        QCOMPARE(c.scalar(QStringLiteral("SELECT sum(amount) FROM ledger")), raw(*sale, "paid"));
        QCOMPARE(c.desk->receipt(id)->value(QStringLiteral("state")).toString(),
                 QStringLiteral("complete"));
        QVERIFY(!c.desk->cancel(*c.staff.supervisor, id));
        const auto token = c.cardToken();
        QVERIFY(token);
        QCOMPARE(token->amount.raw(), 0);
        QCOMPARE(token->sequence, 3u);

        // The meter loads the superseding record; its record settles the refund.
        QCOMPARE(c.visitMeter(), kOk);
        QCOMPARE(c.meter.lastSequence, 3u);
        const auto check = c.desk->inspect(*c.staff.cashier);
        QVERIFY2(check, qPrintable(c.desk->errorString()));
        QVERIFY(check->settled.join(QLatin1Char(' ')).contains(QStringLiteral("refund")));
        QCOMPARE(c.scalar(QStringLiteral("SELECT sum(amount) FROM ledger")), 0);
        QCOMPARE(c.scalar(QStringLiteral("SELECT debt FROM meters")),
                 tariff::Money::fromWhole(40).raw());
        QCOMPARE(c.desk->receipt(id)->value(QStringLiteral("state")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(c.meter.creditLoaded, 0);
        QVERIFY(!c.desk->cancel(*c.staff.supervisor, id));

        // Once the meter loaded a sale, it stays sold.
        const auto kept = c.desk->sell(*c.staff.cashier, {}, byMoney(100));
        QVERIFY2(kept, qPrintable(c.desk->errorString()));
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(
            !c.desk->cancel(*c.staff.supervisor, kept->value(QStringLiteral("sale")).toString()));
        QVERIFY2(c.desk->errorString().contains(QStringLiteral("loaded")),
                 qPrintable(c.desk->errorString()));
    }

    // A lost card: the replacement binds a new card, the meter refuses the old one from then on,
    // and so does the station.
    void replacesALostCard()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(!c.desk->replaceCard(*c.staff.installer, QLatin1String(testing::kMeterNumber),
                                     QStringLiteral("lost")));
        QVERIFY(c.desk->errorString().contains(QStringLiteral("shift")));
        QVERIFY(Shifts(*c.ledger).open(*c.staff.installer));
        const card::MemoryStore oldCard = c.memory;
        c.insertBlank(0x1002);
        QVERIFY(!c.desk->replaceCard(*c.staff.cashier, QLatin1String(testing::kMeterNumber),
                                     QStringLiteral("lost")));
        const auto receipt = c.desk->replaceCard(
            *c.staff.installer, QLatin1String(testing::kMeterNumber), QStringLiteral("lost"));
        QVERIFY2(receipt, qPrintable(c.desk->errorString()));
        QCOMPARE(raw(*receipt, "paid"), tariff::Money::fromWhole(30).raw());
        QCOMPARE(Cards(*c.ledger).userCardOf(QLatin1String(testing::kMeterNumber))->serial,
                 quint64(0x1002));
        QCOMPARE(Cards(*c.ledger).bySerial(0x1001)->state, QStringLiteral("blacklisted"));
        QCOMPARE(c.visitMeter(), kOk);
        QCOMPARE(c.meter.boundSerial, std::uint64_t{0x1002});

        // The old card comes back: refused by the station and by the meter.
        c.memory = oldCard;
        c.reader.application().reset();
        QVERIFY(!c.desk->inspect(*c.staff.cashier));
        QVERIFY(c.desk->errorString().contains(QStringLiteral("blacklisted")));
        QCOMPARE(testing::meterLoads(c.service, c.meterKey, c.meter).code(), Errc::kBlacklisted);
    }

    void openingStoppedAtEachStepSettles_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("killed after pending") << int(SaleStep::kPendingRecorded);
        QTest::newRow("killed after the write") << int(SaleStep::kCardWritten);
        QTest::newRow("killed after completion") << int(SaleStep::kCompleted);
    }

    // An account opening stopped at any step: when its card comes back the opening is complete
    // exactly when the card holds it (the card is then the meter's), else void and done again.
    void openingStoppedAtEachStepSettles()
    {
        QFETCH(int, stopAt);
        Counter c;
        QVERIFY(c.setUp());
        c.desk->setStepHook([stopAt](SaleStep reached) { return int(reached) != stopAt; });
        QVERIFY(!c.openAccount());
        QVERIFY(c.restart());
        const auto check = c.desk->inspect(*c.staff.installer);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'pending'")), 0);
        const bool written = stopAt != int(SaleStep::kPendingRecorded);
        QCOMPARE(bool(check), written);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'complete'")),
                 written ? 1 : 0);
        if (!written) {
            QVERIFY(c.desk->errorString().contains(QStringLiteral("voided")));
            AccountRequest request;
            request.customerNumber = QStringLiteral("C-1");
            request.meter.number = QLatin1String(testing::kMeterNumber);
            request.meter.tariffPlan = QStringLiteral("R1");
            QVERIFY2(c.desk->openAccount(*c.staff.installer, request),
                     qPrintable(c.desk->errorString()));
        }
        QCOMPARE(Cards(*c.ledger).userCardOf(QLatin1String(testing::kMeterNumber))->serial,
                 quint64(0x1001));
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(c.meter.opened);
    }

    // A meter change moves the account: the new meter opens on a new card with the old meter's
    // credit (at most its last proven remaining, unless a supervisor countersigns), the debt moves
    // with it, the old meter and its card are done. A change stopped after its pending record is
    // finished when the same card comes back: the same token is written again.
    void changesAMeter()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        QVERIFY(c.desk->sell(*c.staff.cashier, {}, byMoney(500)));
        QCOMPARE(c.visitMeter(1'234'567), kOk); // the old meter's record: 123.4567 left
        QVERIFY(c.desk->inspect(*c.staff.cashier));
        QSqlQuery debt(c.ledger->database());
        QVERIFY(debt.exec(QStringLiteral("UPDATE meters SET debt = 400000")));
        const qint64 paidBefore = c.scalar(QStringLiteral("SELECT sum(amount) FROM ledger"));
        const QString newNumber = QStringLiteral("310100000002");

        MeterChangeRequest request;
        request.oldMeter = QLatin1String(testing::kMeterNumber);
        request.newMeter.number = newNumber;
        request.remaining = tariff::Money::fromRaw(1'234'567);
        request.reason = QStringLiteral("burnt");
        QVERIFY(!c.desk->changeMeter(*c.staff.cashier, request));
        QVERIFY(c.desk->errorString().contains(QStringLiteral("installer")));
        QVERIFY(!c.desk->changeMeter(*c.staff.installer, request)); // the old card is no blank
        QVERIFY(c.desk->errorString().contains(QStringLiteral("already")));
        MeterChangeRequest bad = request;
        bad.reason.clear();
        QVERIFY(!c.desk->changeMeter(*c.staff.installer, bad));
        bad = request;
        bad.remaining = tariff::Money::fromRaw(-1);
        QVERIFY(!c.desk->changeMeter(*c.staff.installer, bad));
        // More than the old meter proved needs a supervisor's countersignature and a reason.
        bad = request;
        bad.remaining = tariff::Money::fromRaw(1'234'568);
        QVERIFY(!c.desk->changeMeter(*c.staff.installer, bad));
        QVERIFY2(c.desk->errorString().contains(QStringLiteral("countersign")),
                 qPrintable(c.desk->errorString()));
        bad.countersign = &*c.staff.cashier;
        bad.countersignReason = QStringLiteral("display shows more");
        QVERIFY(!c.desk->changeMeter(*c.staff.installer, bad));
        QVERIFY(c.desk->errorString().contains(QStringLiteral("supervisor")));
        bad.countersign = &*c.staff.supervisor;
        QVERIFY(!c.desk->changeMeter(*c.staff.installer, bad)); // passes, then: not a blank card
        QVERIFY(c.desk->errorString().contains(QStringLiteral("already")));
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'meter-change.countersigned'")),
                 1);
        bad = request;
        bad.newMeter.number = request.oldMeter;
        c.insertBlank(0x2001);
        QVERIFY(!c.desk->changeMeter(*c.staff.installer, bad));
        const card::MemoryStore blank = c.memory;

        // Stopped after the pending record: the card comes back without it and the same token is
        // written to it; the change completes.
        c.desk->setStepHook([](SaleStep step) { return step != SaleStep::kPendingRecorded; });
        QVERIFY(!c.desk->changeMeter(*c.staff.installer, request));
        c.desk->setStepHook({});
        QCOMPARE(Meters(*c.ledger).byNumber(request.oldMeter)->status, QStringLiteral("active"));
        QVERIFY(std::ranges::equal(std::as_const(c.memory).bytes(), blank.bytes()));
        const auto finished = c.desk->inspect(*c.staff.installer);
        QVERIFY2(finished, qPrintable(c.desk->errorString()));
        QVERIFY(finished->settled.join(QLatin1Char(' ')).contains(QStringLiteral("again")));
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'pending'")), 0);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'meter-change' "
                                         "AND state = 'complete'")),
                 1);
        QSqlQuery change(c.ledger->database());
        QVERIFY(change.exec(QStringLiteral("SELECT id FROM sales WHERE kind = 'meter-change'")) &&
                change.next());
        const auto receipt = c.desk->receipt(change.value(0).toString());
        QVERIFY(receipt);
        QCOMPARE(receipt->value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QVERIFY(receiptText(*receipt).contains(QStringLiteral("123.4567")));
        const auto token = c.cardToken();
        QVERIFY(token);
        QCOMPARE(token->type, card::RecordType::kAccountOpening);
        QCOMPARE(token->amount.raw(), 1'234'567);
        QCOMPARE(token->cardSerial, std::uint64_t{0x2001});

        const std::optional<MeterRecord> old = Meters(*c.ledger).byNumber(request.oldMeter);
        QCOMPARE(old->status, QStringLiteral("removed"));
        QCOMPARE(old->replacedBy, newNumber);
        QCOMPARE(
            c.scalar(QStringLiteral("SELECT debt FROM meters WHERE number = '%1'").arg(newNumber)),
            400000);
        QCOMPARE(c.scalar(QStringLiteral("SELECT debt FROM meters WHERE number = '%1'")
                              .arg(request.oldMeter)),
                 0);
        QCOMPARE(Cards(*c.ledger).bySerial(0x1001)->state, QStringLiteral("blacklisted"));
        QCOMPARE(c.scalar(QStringLiteral("SELECT sum(amount) FROM ledger")), paidBefore);
        QCOMPARE(
            c.scalar(QStringLiteral("SELECT count(*) FROM ledger WHERE kind = 'meter-change'")), 1);
        QVERIFY(!c.ledger->verify().brokenAt);

        // The new meter loads the old meter's credit from the new card.
        testing::FakeMeter fresh;
        fresh.utilityId = testing::kUtility;
        fresh.meter = testing::meterNumber(newNumber.toLatin1().constData());
        fresh.keyVersion = 1;
        const card::PortableAead freshKey =
            testing::meterAead(testing::kUtility, testing::kSeed, fresh.meter, 1);
        card::ReturnRecord record;
        record.remaining = request.remaining;
        record.activeTariffId = 1;
        record.time = 800'000'100;
        QCOMPARE(testing::meterVisits(c.service, freshKey, fresh, record), kOk);
        QVERIFY(fresh.opened);
        QCOMPARE(fresh.boundSerial, std::uint64_t{0x2001});
        // The next sale goes to the new meter and recovers the moved debt.
        const auto sale = c.desk->sell(*c.staff.cashier, newNumber, byMoney(100));
        QVERIFY2(sale, qPrintable(c.desk->errorString()));
        QVERIFY(raw(*sale, "debtRecovered") > 0);
        QVERIFY(!c.desk->changeMeter(*c.staff.installer, request));
        QVERIFY(c.desk->errorString().contains(QStringLiteral("removed")));
    }

    void issuesFunctionCards()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        c.insertBlank(0x7001, card::CardKind::kParameter);
        FunctionCardRequest request;
        request.kind = card::CardKind::kParameter;
        request.meterNumber = QLatin1String(testing::kMeterNumber);
        request.sendTariff = true;
        QVERIFY(!c.desk->issueFunctionCard(*c.staff.cashier, request));
        const auto issue = c.desk->issueFunctionCard(*c.staff.installer, request);
        QVERIFY2(issue, qPrintable(c.desk->errorString()));
        const auto token = c.cardToken();
        QVERIFY(token);
        QCOMPARE(token->type, card::RecordType::kParameter);
        QVERIFY(token->flags & card::kFlagTariff);
        QCOMPARE(token->sequence, 2u);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM function_card_issues")), 1);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'card.function'")),
                 1);
        QCOMPARE(c.scalar(QStringLiteral("SELECT last_sequence FROM meters")), 2);

        // The wrong kind of card, and a key change by an installer, are refused.
        request.kind = card::CardKind::kRelayTest;
        QVERIFY(!c.desk->issueFunctionCard(*c.staff.installer, request));
        QVERIFY(c.desk->errorString().contains(QStringLiteral("not a")));
        c.insertBlank(0x7002, card::CardKind::kKeyChange);
        request.kind = card::CardKind::kKeyChange;
        request.newKeyVersion = 2;
        QVERIFY(!c.desk->issueFunctionCard(*c.staff.installer, request));
        const auto keyChange = c.desk->issueFunctionCard(*c.staff.supervisor, request);
        QVERIFY2(keyChange, qPrintable(c.desk->errorString()));
        const auto keyToken = c.cardToken();
        QVERIFY(keyToken);
        QCOMPARE(keyToken->newKeyVersion, std::uint8_t{2});
        std::array<std::uint8_t, 16> expected{};
        QCOMPARE(c.keys.meterKey(c.meter.meter, 2, expected), kOk);
        QVERIFY(std::equal(expected.begin(), expected.end(), keyToken->newKey.begin()));
    }

    // installer-alone: clear and preset cards reset or create credit on a meter → only a
    // supervisor (or an administrator) writes them.
    void creditCardsNeedASupervisor_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("clear") << int(card::CardKind::kClear);
        QTest::newRow("preset") << int(card::CardKind::kPreset);
    }

    void creditCardsNeedASupervisor()
    {
        QFETCH(int, kind);
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        c.insertBlank(0x7101, card::CardKind(kind));
        FunctionCardRequest request;
        request.kind = card::CardKind(kind);
        request.meterNumber = QLatin1String(testing::kMeterNumber);
        request.presetAmount = tariff::Money::fromWhole(20);
        QVERIFY(!c.desk->issueFunctionCard(*c.staff.installer, request));
        QVERIFY2(c.desk->errorString().contains(QStringLiteral("supervisor")),
                 qPrintable(c.desk->errorString()));
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM function_card_issues")), 0);
        const auto issued = c.desk->issueFunctionCard(*c.staff.supervisor, request);
        QVERIFY2(issued, qPrintable(c.desk->errorString()));
        QCOMPARE(c.cardToken()->type, kind == int(card::CardKind::kClear)
                                          ? card::RecordType::kClear
                                          : card::RecordType::kPreset);
    }

    // A new plan version reaches the meter inside its next purchase token, with its activation.
    void tariffChangeRidesOnThePurchase()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        const auto plain = c.desk->sell(*c.staff.cashier, {}, byMoney(100));
        QVERIFY(plain);
        QVERIFY(!(c.cardToken()->flags & card::kFlagTariff)); // the meter runs version 1
        QCOMPARE(c.visitMeter(), kOk);
        const QDateTime from = QDateTime::currentDateTimeUtc().addDays(3);
        QCOMPARE(TariffPlans(*c.ledger).addVersion(
                     *c.staff.supervisor, QStringLiteral("R1"),
                     R"({"name":"R1","currency":"KES","settlement":{"mode":"monthly","day":1,)"
                     R"("hour":0},"steps":[{"price":"27.0000"}]})",
                     from),
                 2);
        const auto next = c.desk->sell(*c.staff.cashier, {}, byMoney(100));
        QVERIFY2(next, qPrintable(c.desk->errorString()));
        QCOMPARE(next->value(QStringLiteral("tariff")).toString(), QStringLiteral("R1 v2"));
        const auto token = c.cardToken();
        QVERIFY(token->flags & card::kFlagTariff);
        QCOMPARE(token->tariff.ladder.prices[0].raw(), tariff::Price::fromWhole(27).raw());
        QVERIFY(token->tariffActivation > token->issueTime);
        // The quote still uses the version in force now.
        QCOMPARE(raw(*next, "credit") > 0, true);
    }

    void hoardingLimitCountsTheUnloadedRecord()
    {
        Counter c;
        QVERIFY(c.setUp({}, tariff::Money::fromWhole(500)));
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(tariff::Money::fromWhole(100).raw()), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        QVERIFY(c.desk->sell(*c.staff.cashier, {}, byMoney(300)));
        QVERIFY(!c.desk->sell(*c.staff.cashier, {}, byMoney(300, true)));
        QVERIFY(c.desk->errorString().contains(QStringLiteral("limit")));
    }
    void cleanupTestCase()
    {
        qInfo("sale stopped at %d fault points (3 process kills, a card pulled after each byte of "
              "the record), each reconciled",
              m_faultPoints);
    }

private:
    int m_faultPoints = 0;
};

QTEST_GUILESS_MAIN(TestCardDesk)
#include "tst_carddesk.moc"
