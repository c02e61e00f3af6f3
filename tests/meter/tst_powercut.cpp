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
};

QTEST_GUILESS_MAIN(TestPowerCut)
#include "tst_powercut.moc"
