// Power cuts at every NV write of a long scenario: the meter reboots into the state of its last
// completed save, credit never increases, at most one quantum of energy is lost, and money is
// conserved (purchases - remaining = energy billed x price).
#include <QTest>

#include "meterrig.h"

using namespace ampcard;
using namespace ampcard::meter;
using testing::Rig;

namespace {

struct Write {
    std::size_t offset;
    std::vector<std::uint8_t> data;
    // The meter's RAM state when the write was issued.
    std::int64_t remaining;
    std::int64_t combined;
    std::uint32_t lastSequence;
};

struct Booted {
    bool ok = false;
    std::int64_t remaining = 0;
    std::int64_t combined = 0;
    std::int64_t unbilled = 0;
    std::int64_t purchased = 0;
    std::uint32_t lastSequence = 0;
    std::size_t settlements = 0;
    tariff::Timestamp newestFrozen = 0; // end of the newest history record
    tariff::Timestamp periodStart = 0;
    std::uint32_t returnCounter = 0;
};

Booted bootFrom(const std::vector<std::uint8_t> &image)
{
    FakeNv nv(image.size());
    nv.bytes() = image;
    FakeRelay relay;
    FakeFrontEnd frontEnd;
    FakeClock clock;
    StoreCardSlot slot;
    FakeDisplay display;
    Meter meter(Hardware{nv, relay, frontEnd, slot, clock, display});
    Booted booted;
    booted.ok = meter.boot().ok() && meter.state().provisioned;
    const MeterState &state = meter.state();
    booted.remaining = state.account.remaining().raw();
    booted.combined = state.registers.combined.raw();
    booted.unbilled = state.unbilled.raw();
    booted.purchased = state.account.accountState().purchasedTotal.raw();
    booted.lastSequence = state.binding.lastSequence;
    booted.settlements = meter.settlementCount();
    FrozenSettlement frozen;
    if (meter.settlement(0, &frozen).ok())
        booted.newestFrozen = frozen.period.end;
    booted.periodStart = state.billing.state().period.start;
    booted.returnCounter = state.returnCounter;
    return booted;
}

} // namespace

class TestPowerCut : public QObject {
    Q_OBJECT

private slots:
    void everyWriteCutLeavesAConsistentMeter()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0", "0", "100000"));
        const std::vector<std::uint8_t> base = rig.nv.bytes();
        std::vector<Write> writes;
        rig.nv.onWrite = [&](std::size_t offset, card::ConstBytes data) {
            const MeterState &state = rig.meter->state();
            writes.push_back({offset, std::vector<std::uint8_t>(data.begin(), data.end()),
                              state.account.remaining().raw(), state.registers.combined.raw(),
                              state.binding.lastSequence});
        };
        for (int round = 0; round < 20; ++round) {
            QCOMPARE(rig.sell("10"), kOk);
            QCOMPARE(rig.insert(), CardOutcome::kLoaded);
            rig.runMs(100'000, 30'000, 500); // 4.2 Wh a tick, under half a quantum
        }
        rig.nv.onWrite = nullptr;
        QVERIFY(writes.size() > 20'000);

        const std::int64_t quantum = kQuantum.raw();
        const std::int64_t moneyPerWh = 10; // 1.0000 per kWh = 0.0010 per Wh = 10 raw
        std::vector<std::uint8_t> image = base;
        Booted lastComplete = bootFrom(image);
        QVERIFY(lastComplete.ok);
        std::size_t cuts = 0;
        for (std::size_t w = 0; w < writes.size(); ++w) {
            const Write &write = writes[w];
            std::vector<std::uint8_t> cut = image;
            const std::size_t kept = (w * 7919) % write.data.size(); // a different byte each time
            std::copy_n(write.data.begin(), kept, cut.begin() + static_cast<long>(write.offset));
            const Booted booted = bootFrom(cut);
            ++cuts;
            QVERIFY2(booted.ok, qPrintable(QStringLiteral("write %1 byte %2").arg(w).arg(kept)));
            std::vector<std::uint8_t> full = image;
            std::copy(write.data.begin(), write.data.end(),
                      full.begin() + static_cast<long>(write.offset));
            // The state of the last completed save, nothing else - unless the bytes not written
            // already held their new values, so that the cut memory is the completed write.
            const Booted expected = cut == full ? bootFrom(full) : lastComplete;
            QCOMPARE(booted.remaining, expected.remaining);
            QCOMPARE(booted.combined, expected.combined);
            QCOMPARE(booted.lastSequence, expected.lastSequence);
            // Credit never increases; at most one quantum of energy lost.
            QVERIFY(booted.remaining <= write.remaining + quantum * moneyPerWh);
            QVERIFY(write.combined - booted.combined <= quantum);
            QVERIFY(booted.lastSequence <= write.lastSequence);
            // Money conserved in what survived.
            QCOMPARE(booted.purchased - booted.remaining,
                     (booted.combined - booted.unbilled) * moneyPerWh);

            image = std::move(full);
            // Only a record's last write (its 4-byte CRC) can complete a save.
            if (write.data.size() == 4) {
                const Booted after = bootFrom(image);
                QVERIFY(after.ok);
                QVERIFY(after.combined >= lastComplete.combined);
                lastComplete = after;
            }
        }
        QCOMPARE(lastComplete.remaining, rig.remaining().raw());
        qInfo("%zu power cuts, one inside each NV write, all consistent", cuts);
    }

    // The same, across a monthly settlement (31 March to 1 April) and more hourly freezes than
    // the 12-slot history holds, so the ring wraps: a cut in any write of a freeze or a
    // settlement boots into the last completed one, never repeats or loses a completed one, and
    // the history stays readable.
    void cutsAcrossASettlementAndAHistoryWrap()
    {
        Rig rig;
        rig.clock.set(testing::at(2024, 3, 31, 16, 0));
        rig.provision(Rig::credit("0", "0", "0", "100000"));
        QCOMPARE(rig.sell("100"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        FreezeSchedule hourly;
        hourly.every = FreezeSchedule::Every::kHour;
        hourly.minute = 30;
        QCOMPARE(rig.meter->setFreezeSchedule(hourly), kOk);
        const std::vector<std::uint8_t> base = rig.nv.bytes();
        std::vector<Write> writes;
        rig.nv.onWrite = [&](std::size_t offset, card::ConstBytes data) {
            const MeterState &state = rig.meter->state();
            writes.push_back({offset, std::vector<std::uint8_t>(data.begin(), data.end()),
                              state.account.remaining().raw(), state.registers.combined.raw(),
                              state.binding.lastSequence});
        };
        rig.run(16 * 3600, 100, {}, 60); // to 08:00 on 1 April: 16 freezes and one settlement
        rig.nv.onWrite = nullptr;
        QVERIFY(rig.meter->settlementCount() == kHistorySlots);
        QCOMPARE(rig.meter->state().billing.state().period.start, testing::at(2024, 4, 1));

        const std::int64_t quantum = kQuantum.raw();
        std::vector<std::uint8_t> image = base;
        Booted lastComplete = bootFrom(image);
        QVERIFY(lastComplete.ok);
        std::size_t cuts = 0;
        for (std::size_t w = 0; w < writes.size(); ++w) {
            const Write &write = writes[w];
            std::vector<std::uint8_t> cut = image;
            const std::size_t kept = (w * 7919) % write.data.size();
            std::copy_n(write.data.begin(), kept, cut.begin() + static_cast<long>(write.offset));
            const Booted booted = bootFrom(cut);
            ++cuts;
            QVERIFY2(booted.ok, qPrintable(QStringLiteral("write %1 byte %2").arg(w).arg(kept)));
            std::vector<std::uint8_t> full = image;
            std::copy(write.data.begin(), write.data.end(),
                      full.begin() + static_cast<long>(write.offset));
            const Booted expected = cut == full ? bootFrom(full) : lastComplete;
            QCOMPARE(booted.remaining, expected.remaining);
            QCOMPARE(booted.combined, expected.combined);
            QCOMPARE(booted.periodStart, expected.periodStart);
            QCOMPARE(booted.settlements, expected.settlements);
            QCOMPARE(booted.newestFrozen, expected.newestFrozen);
            QVERIFY(booted.remaining <= write.remaining + quantum * 10);
            QVERIFY(write.combined - booted.combined <= quantum);
            QCOMPARE(booted.purchased - booted.remaining, (booted.combined - booted.unbilled) * 10);
            image = std::move(full);
            if (write.data.size() == 4) {
                const Booted after = bootFrom(image);
                QVERIFY(after.ok);
                QVERIFY(after.newestFrozen >= lastComplete.newestFrozen);
                QVERIFY(after.periodStart >= lastComplete.periodStart);
                lastComplete = after;
            }
        }
        QCOMPARE(lastComplete.remaining, rig.remaining().raw());
        QCOMPARE(lastComplete.newestFrozen, testing::at(2024, 4, 1, 7, 30));
        qInfo("%zu power cuts across a settlement and a history wrap, all consistent", cuts);
    }

    // The return record's salt (its CCM nonce) is saved before anything sealed under it leaves
    // the meter: cut the power at the card write and the next record never reuses the salt.
    void saltIsSavedBeforeTheCardWrite()
    {
        Rig second;
        second.provision(Rig::credit("0", "0"));
        QCOMPARE(second.sell("10"), kOk);
        std::vector<std::uint8_t> atCardWrite;
        const std::uint32_t sealed = second.meter->state().returnCounter + 1;
        second.slot.onTransmit = [&](card::ConstBytes command) {
            if (command.size() > 4 && command[1] == 0xD6 && atCardWrite.empty())
                atCardWrite = second.nv.bytes(); // the first UPDATE BINARY: the sealed body
        };
        QCOMPARE(second.insert(), CardOutcome::kLoaded);
        QVERIFY(!atCardWrite.empty());
        QCOMPARE(bootFrom(atCardWrite).returnCounter, sealed);
    }
};
;

QTEST_GUILESS_MAIN(TestPowerCut)
#include "tst_powercut.moc"
