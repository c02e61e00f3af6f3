#pragma once

#include <cstdint>
#include <vector>

#include "ampcard/base/bytes.h"
#include "ampcard/base/status.h"

// A channel that carries command APDUs to a card: a PC/SC reader, or the card application in
// process (tests). exchange() follows the T=0 conventions: 61xx is fetched with GET RESPONSE and
// 6Cxx is answered by sending the command again with the exact Le.

namespace ampcard::cardio {

struct ApduResponse {
    Status status;                  // transport outcome; the card's answer is in sw
    std::vector<std::uint8_t> data; // response data without SW1 SW2
    std::uint16_t sw = 0;
};

class ApduChannel {
public:
    virtual ~ApduChannel() = default;

    ApduResponse exchange(card::ConstBytes command);

    // APDUs sent on the wire since the last reset (GET RESPONSE and re-sends included).
    [[nodiscard]] int apduCount() const { return m_apduCount; }
    void resetApduCount() { m_apduCount = 0; }

protected:
    // One command, one response (data and SW1 SW2).
    virtual Status transmitRaw(card::ConstBytes command, std::vector<std::uint8_t> &response) = 0;

private:
    ApduResponse transmitCounted(card::ConstBytes command);
    int m_apduCount = 0;
};

// Builders for the commands the Ampcard application answers.
namespace apdu {
std::vector<std::uint8_t> selectAid(card::ConstBytes aid);
std::vector<std::uint8_t> selectFile(std::uint16_t fid);
// Offsets above 255 need the file selected first (P1P2 addressing), below they may use the SFI.
std::vector<std::uint8_t> readBinary(std::uint8_t sfi, std::uint16_t offset, std::size_t length);
std::vector<std::uint8_t> updateBinary(std::uint8_t sfi, std::uint16_t offset,
                                       card::ConstBytes data);
} // namespace apdu

} // namespace ampcard::cardio
