#include "ampcard/meter/metering.h"

namespace ampcard::meter {

using tariff::Energy;

namespace {

std::int64_t wholeWh(std::int64_t &remainder)
{
    const std::int64_t wh = remainder / kMilliwattMillisecondsPerWh;
    remainder -= wh * kMilliwattMillisecondsPerWh;
    return wh;
}

Energy add(Energy energy, std::int64_t wh)
{
    return Energy::fromRaw(energy.raw() + wh);
}

} // namespace

MeteringStep integrate(EnergyRegisters &registers, const MeteringConfig &config,
                       const std::int32_t *milliwatts, std::uint32_t milliseconds)
{
    MeteringStep step;
    std::int64_t forwardWh = 0;
    std::int64_t reverseWh = 0;
    std::uint8_t reversePhases = 0;
    const std::size_t phases = config.phases <= kMaxPhases ? config.phases : kMaxPhases;
    for (std::size_t phase = 0; phase < phases; ++phase) {
        const std::int64_t power = milliwatts[phase];
        if (power > config.creepMilliwatts) {
            registers.forwardRemainder[phase] += power * milliseconds;
            const std::int64_t wh = wholeWh(registers.forwardRemainder[phase]);
            registers.phaseForward[phase] = add(registers.phaseForward[phase], wh);
            forwardWh += wh;
        } else if (power < -config.creepMilliwatts) {
            reversePhases = static_cast<std::uint8_t>(reversePhases | (1u << phase));
            registers.reverseRemainder[phase] += -power * milliseconds;
            const std::int64_t wh = wholeWh(registers.reverseRemainder[phase]);
            registers.phaseReverse[phase] = add(registers.phaseReverse[phase], wh);
            reverseWh += wh;
        }
    }
    if (reversePhases != 0) {
        if (registers.reversePhases == 0) {
            ++registers.reverseEvents;
            step.reverseStarted = true;
        }
        registers.reverseMilliseconds += milliseconds;
        registers.reverseMinutes += registers.reverseMilliseconds / 60'000;
        registers.reverseMilliseconds %= 60'000;
    }
    registers.reversePhases = reversePhases;
    registers.forward = add(registers.forward, forwardWh);
    registers.reverse = add(registers.reverse, reverseWh);

    std::int64_t delta = 0;
    if ((config.combination & kCombineAddForward) != 0)
        delta += forwardWh;
    if ((config.combination & kCombineSubtractForward) != 0)
        delta -= forwardWh;
    if ((config.combination & kCombineAddReverse) != 0)
        delta += reverseWh;
    if ((config.combination & kCombineSubtractReverse) != 0)
        delta -= reverseWh;
    std::int64_t combined = registers.combined.raw() + delta;
    if (combined < 0)
        combined = 0;
    const std::int64_t billable = combined - registers.combined.raw();
    registers.combined = Energy::fromRaw(combined);
    step.billable = Energy::fromRaw(billable > 0 ? billable : 0);
    return step;
}

} // namespace ampcard::meter
