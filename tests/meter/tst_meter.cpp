#include <QTest>

#include "ampcard/cardio/cardservice.h"
#include "meterrig.h"

using namespace ampcard;
using namespace ampcard::meter;
using tariff::CreditState;
using testing::money;
using testing::Rig;

Q_DECLARE_METATYPE(ampcard::meter::HostileCard)

class TestMeter : public QObject {
    Q_OBJECT

private slots:
    void overHoardingPurchaseIsRejectedAndKeptOnTheCard()
    {
        Rig rig;
        rig.provision(Rig::credit("20", "10", "0", "500"));
        QCOMPARE(rig.sell("400"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        QCOMPARE(rig.remaining(), money("400"));
        QCOMPARE(rig.sell("200"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kHoarding);
        QCOMPARE(rig.remaining(), money("400"));
        QCOMPARE(rig.meter->state().binding.lastSequence, 1u);
        // The card still holds purchase 2; after 100 kWh it fits and loads.
        rig.run(3600 * 10, 10'000, {}, 36);
        QCOMPARE(rig.remaining(), money("300"));
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        QCOMPARE(rig.remaining(), money("500"));
        QCOMPARE(rig.meter->state().binding.lastSequence, 2u);
    }

    void overdraftIsOffsetByTheNextPurchase()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0", "30"));
        QCOMPARE(rig.sell("5"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.run(3600 * 5, 1000); // 5 kWh: credit runs out
        QCOMPARE(rig.meter->creditState(), CreditState::kExhausted);
        QVERIFY(!rig.relay.closed());
        rig.meter->buttonPressed(); // the customer confirms the overdraft
        QCOMPARE(rig.meter->creditState(), CreditState::kOverdraft);
        QVERIFY(rig.relay.closed());
        rig.run(3600 * 10, 1000, {}, 36);
        QCOMPARE(rig.remaining(), money("-10"));
        QCOMPARE(rig.sell("100"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        QCOMPARE(rig.remaining(), money("90"));
        QVERIFY(!rig.meter->state().account.accountState().overdraftConfirmed);
        QCOMPARE(rig.meter->creditState(), CreditState::kNormal);
    }

    void presetIsRecoveredAtOpening()
    {
        Rig rig;
        rig.provision(Rig::credit("2", "1", "0", "1000", "10"));
        QCOMPARE(rig.remaining(), money("10"));
        rig.run(3600 * 3, 1000);
        QCOMPARE(rig.remaining(), money("7"));
        QCOMPARE(rig.sell("100", card::RecordType::kAccountOpening), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        QCOMPARE(rig.remaining(), money("97"));
        QVERIFY(rig.meter->state().binding.opened);
        QCOMPARE(rig.meter->state().binding.boundSerial, std::uint64_t{0x1001});
    }

    void alarm2TripRestoresAfterExactlyTwoMinutes()
    {
        Rig rig;
        rig.provision(Rig::credit("20", "10"));
        QCOMPARE(rig.sell("10.5"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        QVERIFY(rig.relay.closed());
        QCOMPARE(rig.meter->alarmLamp(), Lamp::kOn); // below alarm 1
        // 0.51 kWh later remaining is 9.99, below alarm 2: the relay opens.
        QCOMPARE(rig.runUntilOpen(1000, 3600), 1836);
        QCOMPARE(rig.meter->creditState(), CreditState::kAlarm2);
        QCOMPARE(rig.remaining(), money("9.99"));
        QCOMPARE(rig.meter->tripLamp(), Lamp::kOn);
        QVERIFY(rig.display.tripLamp());
        QVERIFY(rig.display.alarmLamp());
        rig.run(119, 1000);
        QVERIFY(!rig.relay.closed());
        rig.run(1, 1000);
        QVERIFY(rig.relay.closed());
        // It trips once per descent: running on below alarm 2 keeps supply on.
        rig.run(600, 1000);
        QVERIFY(rig.relay.closed());
    }

    void alarm2TripRestoresOnCardInsertion()
    {
        Rig rig;
        rig.provision(Rig::credit("20", "10"));
        QCOMPARE(rig.sell("10.5"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        QVERIFY(rig.runUntilOpen(1000, 3600) > 0);
        rig.run(30, 1000);
        QVERIFY(!rig.relay.closed());
        QCOMPARE(rig.insert(), CardOutcome::kNoToken); // the purchase is already loaded
        QVERIFY(rig.relay.closed());
    }

    void permanentCutBelowThePriceOfTheNextUnit()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0", "0", "1000", "0", "0.5"));
        QCOMPARE(rig.sell("1.005"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.run(3600, 1000); // 1 kWh at 1.0000: 0.005 left, less than 0.01 kWh costs
        QCOMPARE(rig.remaining(), money("0.005"));
        QCOMPARE(rig.meter->creditState(), CreditState::kCutOff);
        QVERIFY(!rig.relay.closed());
        rig.run(3600 * 24, 1000, {}, 60); // stays open: nothing is drawn
        QVERIFY(!rig.relay.closed());
        rig.meter->buttonPressed(); // no overdraft to confirm
        QVERIFY(!rig.relay.closed());
        // A purchase that leaves remaining at or below close-allow does not close it.
        QCOMPARE(rig.sell("0.495"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        QVERIFY(!rig.relay.closed());
        QCOMPARE(rig.sell("10"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        QVERIFY(rig.relay.closed());
    }

    void displayShowsZeroAsFourDigits()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0", "0", "100000"), 1, Rig::flat("100.0000"));
        QCOMPARE(rig.shown(), QStringLiteral("0000.00"));
        QCOMPARE(rig.sell("1234.5678"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        QCOMPARE(rig.shown(), QStringLiteral("1234.56"));
        rig.run(36 * 1234, 1000, {}, 36); // 12.34 kWh at 100.0000
        QCOMPARE(rig.shown(), QStringLiteral("0000.56"));
        rig.run(3600, 1000); // 0.5678 cannot pay 0.01 kWh at 100.0000: cut, nothing more drawn
        QCOMPARE(rig.remaining(), money("0.5678"));
        QVERIFY(!rig.relay.closed());
        QCOMPARE(rig.shown(), QStringLiteral("0000.56"));

        Rig exact;
        exact.provision(Rig::credit("0", "0"));
        QCOMPARE(exact.sell("2"), kOk);
        QCOMPARE(exact.insert(), CardOutcome::kLoaded);
        exact.run(7200, 1000);
        QCOMPARE(exact.remaining(), tariff::Money{});
        QVERIFY(!exact.relay.closed());
        QCOMPARE(exact.shown(), QStringLiteral("0000.00"));
    }

    void reverseFlowIsBilledAsConsumption()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"), 3);
        QCOMPARE(rig.sell("100"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        for (int i = 0; i < 3600; ++i) {
            rig.clock.advance(1);
            rig.frontEnd.setLoad(1'000'000, -500'000, 250'000); // phase B fed backwards
            rig.meter->tick(1000, {});
        }
        const EnergyRegisters &registers = rig.meter->state().registers;
        QCOMPARE(registers.forward, testing::kwh("1.25"));
        QCOMPARE(registers.reverse, testing::kwh("0.5"));
        QCOMPARE(registers.combined, testing::kwh("1.75"));
        QCOMPARE(registers.phaseReverse[1], testing::kwh("0.5"));
        QCOMPARE(registers.reverseEvents, std::uint16_t{1});
        QCOMPARE(registers.reverseMinutes, 60u);
        QCOMPARE(rig.remaining(), money("98.25"));
    }

    void creepIsNotCounted()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        rig.run(3600 * 24, 1.5, {}, 60); // 1.5 W: below the 2 W starting threshold
        QCOMPARE(rig.meter->state().registers.forward, tariff::Energy{});
    }

    void illegalCardsAreCountedAndRefused()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        card::MemoryStore other;
        QCOMPARE(card::formatCard(other, card::CardId{card::CardKind::kUser, 0x2002, 0}), kOk);
        Rig otherMeter;
        otherMeter.number = testing::meterNumber("310100000099");
        QCOMPARE(otherMeter.sellOn(other, 0x2002, card::RecordType::kPurchase, "50"), kOk);
        QCOMPARE(rig.insert(other), CardOutcome::kWrongMeter);
        QCOMPARE(rig.meter->state().illegalCards, std::uint16_t{1});
        QCOMPARE(rig.remaining(), tariff::Money{});
        // The refused card still got the meter's return record.
        cardio::LocalCard local(other, card::Protocol::kT1);
        cardio::CardService service(local);
        cardio::CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        card::ReturnRecord record;
        QCOMPARE(cardio::CardService::openReturnRecord(contents, rig.keys, record), kOk);
        QCOMPARE(record.illegalCards, std::uint16_t{1});
    }

    void returnRecordTellsTheStation()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("80"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.run(3600 * 2, 1500);
        card::MemoryStore check;
        QCOMPARE(card::formatCard(check, card::CardId{card::CardKind::kCheck, 0x7007, 0}), kOk);
        QCOMPARE(rig.insert(check), CardOutcome::kReadOut);
        cardio::LocalCard local(check, card::Protocol::kT1);
        cardio::CardService service(local);
        cardio::CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        card::ReturnRecord record;
        QCOMPARE(cardio::CardService::openReturnRecord(contents, rig.keys, record), kOk);
        QCOMPARE(record.remaining, money("77"));
        QCOMPARE(record.combined, testing::kwh("3"));
        QCOMPARE(record.lastSequence, 1u);
        QCOMPARE(record.time, rig.clock.now());
    }

    void cardSlotFaultDisablesTheSlotButMeteringGoesOn()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("50"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.slot.insertForeignObject();
        QCOMPARE(rig.meter->cardInserted(), CardOutcome::kSlotFault);
        rig.slot.remove();
        QVERIFY((rig.meter->state().faults & kFaultCardSlot) != 0);
        QCOMPARE(rig.shown(), QStringLiteral("Err-05"));
        QCOMPARE(rig.insert(), CardOutcome::kSlotFault); // disabled until the next power-on
        rig.run(3600, 1000);
        QCOMPARE(rig.remaining(), money("49"));
        rig.reboot();
        QCOMPARE(rig.insert(), CardOutcome::kNoToken);
    }

    // A customer with a hostile card (or a foreign object that answers): every APDU loop of the
    // meter is bounded, the slot faults and is disabled, metering and the relay go on.
    void hostileCard_data()
    {
        QTest::addColumn<HostileCard>("hostile");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("maxApdus");
        // SELECT, then GET RESPONSE rounds up to the bound.
        QTest::newRow("endless-61xx")
            << HostileCard::kEndlessMore << int(SlotFault::kEndless) << 1 + kMaxGetResponses;
        QTest::newRow("impossible-status-word")
            << HostileCard::kNonsense << int(SlotFault::kNonsense) << 1;
        QTest::newRow("endless-6Cxx") << HostileCard::kEndlessRetry << int(SlotFault::kNone) << 2;
    }
    void hostileCard()
    {
        QFETCH(HostileCard, hostile);
        QFETCH(int, fault);
        QFETCH(int, maxApdus);
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("1"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        const int before = rig.slot.apdus();
        rig.slot.insertHostile(hostile);
        const CardOutcome outcome = rig.meter->cardInserted();
        rig.slot.remove();
        QVERIFY2(rig.slot.apdus() - before <= maxApdus,
                 qPrintable(QString::number(rig.slot.apdus() - before)));
        QCOMPARE(int(rig.meter->line().cardSlotFaultCode), fault);
        if (fault != int(SlotFault::kNone)) {
            QCOMPARE(outcome, CardOutcome::kSlotFault);
            QVERIFY((rig.meter->state().faults & kFaultCardSlot) != 0);
            QCOMPARE(rig.shown(), QStringLiteral("Err-05"));
            QCOMPARE(rig.insert(), CardOutcome::kSlotFault); // disabled until power-on
        } else {
            QCOMPARE(outcome, CardOutcome::kFormat); // refused as not a card, slot kept
        }
        // Metering and the relay go on: the credit runs out and the relay opens.
        QVERIFY(rig.runUntilOpen(1000, 2 * 3600) > 0);
    }

    void faultsAreDetected()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("50"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        QVERIFY(rig.relay.closed());
        rig.relay.setStuck(true);
        rig.meter->remoteRelay(RelayEvent::kRemoteTrip);
        rig.run(1, 0);
        QVERIFY((rig.meter->state().faults & kFaultRelay) != 0);
        QCOMPARE(rig.shown(), QStringLiteral("Err-04"));
        rig.relay.setStuck(false);
        rig.frontEnd.setSilent(true);
        rig.clock.setBatteryLow(true);
        Inputs tampered;
        tampered.coverOpen = true;
        rig.run(2, 0, tampered);
        const std::uint16_t faults = rig.meter->state().faults;
        QVERIFY((faults & kFaultFrontEnd) != 0);
        QVERIFY((faults & kFaultClockBattery) != 0);
        QVERIFY((faults & kFaultCover) != 0);
        QCOMPARE(rig.meter->state().tamperEvents, std::uint16_t{1});
        rig.frontEnd.setSilent(false);
        rig.clock.setBatteryLow(false);
        rig.run(1, 0);
        QVERIFY((rig.meter->state().faults & (kFaultFrontEnd | kFaultClockBattery | kFaultCover)) ==
                0);
    }

    void keepPowerOverridesCreditTrips()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        rig.run(10, 1000);
        QVERIFY(!rig.relay.closed()); // no credit at all
        rig.meter->remoteRelay(RelayEvent::kKeepPowerOn);
        QVERIFY(rig.relay.closed());
        rig.run(3600, 1000);
        QVERIFY(rig.relay.closed());
        QCOMPARE(rig.remaining(), money("-1"));
        rig.meter->remoteRelay(RelayEvent::kKeepPowerOff);
        QVERIFY(!rig.relay.closed());
    }

    void settlementsAreFrozenAndTheLastTwelveKept()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0", "0", "100000"));
        QCOMPARE(rig.sell("5000"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        for (int month = 0; month < 14; ++month)
            rig.run(3600 * 24 * 31, 10, {}, 3600); // 7.44 kWh a month, hourly ticks
        QCOMPARE(rig.meter->settlementCount(), std::size_t{12});
        FrozenSettlement newest;
        QCOMPARE(rig.meter->settlement(0, &newest), kOk);
        QCOMPARE(newest.period.end, testing::at(2025, 5, 1));
        QVERIFY(newest.period.usage.raw() > 7000);
        FrozenSettlement oldest;
        QCOMPARE(rig.meter->settlement(11, &oldest), kOk);
        QCOMPARE(oldest.period.end, testing::at(2024, 6, 1));
        QCOMPARE(rig.meter->settlement(12, &oldest).code(), Errc::kNoValidRecord);
    }

    void stateSurvivesReboot()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("50"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.run(3600, 2000);
        const tariff::Money before = rig.remaining();
        rig.meter->powerFailing();
        rig.reboot();
        QCOMPARE(rig.remaining(), before);
        QCOMPARE(rig.meter->state().binding.lastSequence, 1u);
        QCOMPARE(rig.meter->state().powerFailures, std::uint16_t{1});
        QCOMPARE(rig.insert(), CardOutcome::kNoToken);
    }
};

QTEST_GUILESS_MAIN(TestMeter)
#include "tst_meter.moc"
