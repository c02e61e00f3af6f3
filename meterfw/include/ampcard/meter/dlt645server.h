#pragma once

#include <array>
#include <cstdint>

#include "ampcard/meter/meter.h"
#include "ampcard/protocol/dataids.h"
#include "ampcard/protocol/dlt645.h"

// The meter's DL/T645 server, 2007 and 1997 (docs/dlt645.md). One instance per port: the
// follow-up state of a long read belongs to a port; a remote token arriving in parts is assembled
// in the meter's RemoteTokenParts, owned by the port that sent its part 0.

namespace ampcard::meter {

inline constexpr std::uint32_t kLastSequenceDi = dlt645::id("last-sequence");
inline constexpr std::uint32_t kRemoteTokenDi = dlt645::id("remote-token");
// The long read answered in follow-up frames: every energy register, current and 12 settlements.
inline constexpr std::uint32_t kEnergyHistoryDi = dlt645::id("energy-history");

class Dlt645Server {
public:
    explicit Dlt645Server(Meter &meter) : m_meter(meter) {}

    // Handles a frame received on the port; writes the reply (4 FE, then the frame) to `out`
    // and returns its size, 0 when there is nothing to send (another meter, broadcast).
    std::size_t handle(const dlt645::Frame &request, Bytes out);

private:
    enum class Match : std::uint8_t { kNone, kOwn, kWildcard, kBroadcast };
    [[nodiscard]] Match matches(const dlt645::Address &address) const;
    std::size_t reply(std::uint8_t control, ConstBytes data, Bytes out) const;
    std::size_t error(std::uint8_t control, std::uint8_t word, Bytes out) const;
    // The password field (PA P0 P1 P2): 0 with *level02 set when accepted, else error bits.
    // `level02Only`: a level-04 password is refused without being checked.
    std::uint8_t authenticate(ConstBytes password, bool *level02, bool level02Only = false);

    std::size_t read(const dlt645::Frame &request, Bytes out);
    std::size_t readFollow(const dlt645::Frame &request, Bytes out);
    std::size_t write(const dlt645::Frame &request, Bytes out);
    std::size_t relay(const dlt645::Frame &request, Bytes out);
    std::size_t security(const dlt645::Frame &request, Bytes out);
    std::size_t changePassword(const dlt645::Frame &request, Bytes out);
    std::size_t read1997(const dlt645::Frame &request, Bytes out);
    std::size_t write1997(const dlt645::Frame &request, Bytes out);
    bool setTimeFrom(ConstBytes ssmmhhDDMMYY, ClockSource source, std::uint32_t operatorCode = 0);
    bool freeze(ConstBytes mmhhDDMM); // 0x16: now, or a schedule
    // Value of a 2007 DI into `value`; its size, or 0 for an unknown DI.
    std::size_t value2007(std::uint32_t di, Bytes value);
    std::size_t value1997(std::uint16_t di, Bytes value);

    Meter &m_meter;
    // Bytes [offset, offset + out.size()) of the energy history block, computed on demand.
    void historyBytes(std::size_t offset, Bytes out);
    static constexpr std::size_t kHistoryBlock = 20; // total + 4 tariffs
    static constexpr std::size_t kLongSize = 13 * 3 * kHistoryBlock;
    static_assert(kLongSize == dlt645::findItem("energy-history")->length);
    std::size_t m_longSize = 0;
    std::size_t m_longSent = 0;
    std::uint8_t m_followSequence = 0;
};

} // namespace ampcard::meter
