#include "ampcard/cardio/apdu.h"

#include <algorithm>

namespace ampcard::cardio {

namespace {

constexpr int kMaxChainedResponses = 16;

// P1P2 for binary access: SFI form when possible, otherwise the current file's offset.
void addressBytes(std::vector<std::uint8_t> &command, std::uint8_t sfi, std::uint16_t offset)
{
    if (sfi != 0 && offset <= 0xFF) {
        command.push_back(static_cast<std::uint8_t>(0x80 | sfi));
        command.push_back(static_cast<std::uint8_t>(offset));
    } else {
        command.push_back(static_cast<std::uint8_t>(offset >> 8));
        command.push_back(static_cast<std::uint8_t>(offset));
    }
}

} // namespace

ApduResponse ApduChannel::transmitCounted(card::ConstBytes command)
{
    ApduResponse response;
    std::vector<std::uint8_t> raw;
    ++m_apduCount;
    response.status = transmitRaw(command, raw);
    if (!response.status.ok())
        return response;
    if (raw.size() < 2) {
        // No status word: the card lost power or the reader went away mid-command.
        response.status = Errc::kCardRemoved;
        return response;
    }
    response.sw = static_cast<std::uint16_t>((raw[raw.size() - 2] << 8) | raw.back());
    raw.resize(raw.size() - 2);
    response.data = std::move(raw);
    return response;
}

ApduResponse ApduChannel::exchange(card::ConstBytes command)
{
    ApduResponse response = transmitCounted(command);
    if (response.status.ok() && (response.sw & 0xFF00) == 0x6C00 && command.size() >= 5) {
        std::vector<std::uint8_t> again(command.size());
        std::copy(command.begin(), command.end(), again.begin());
        again.back() = static_cast<std::uint8_t>(response.sw & 0xFF);
        response = transmitCounted(again);
    }
    std::vector<std::uint8_t> data = std::move(response.data);
    for (int i = 0;
         i < kMaxChainedResponses && response.status.ok() && (response.sw & 0xFF00) == 0x6100;
         ++i) {
        const std::uint8_t getResponse[] = {0x00, 0xC0, 0x00, 0x00,
                                            static_cast<std::uint8_t>(response.sw & 0xFF)};
        response = transmitCounted(getResponse);
        data.insert(data.end(), response.data.begin(), response.data.end());
    }
    response.data = std::move(data);
    return response;
}

namespace apdu {

std::vector<std::uint8_t> selectAid(card::ConstBytes aid)
{
    std::vector<std::uint8_t> command(6 + aid.size());
    command[1] = 0xA4;
    command[2] = 0x04;
    command[4] = static_cast<std::uint8_t>(aid.size());
    std::copy(aid.begin(), aid.end(), command.begin() + 5);
    return command; // Le = 00 last
}

std::vector<std::uint8_t> selectFile(std::uint16_t fid)
{
    return {0x00,
            0xA4,
            0x02,
            0x0C,
            0x02,
            static_cast<std::uint8_t>(fid >> 8),
            static_cast<std::uint8_t>(fid)};
}

std::vector<std::uint8_t> readBinary(std::uint8_t sfi, std::uint16_t offset, std::size_t length)
{
    std::vector<std::uint8_t> command;
    command.reserve(5);
    command.push_back(0x00);
    command.push_back(0xB0);
    addressBytes(command, sfi, offset);
    command.push_back(static_cast<std::uint8_t>(length == 256 ? 0 : length));
    return command;
}

std::vector<std::uint8_t> updateBinary(std::uint8_t sfi, std::uint16_t offset,
                                       card::ConstBytes data)
{
    std::vector<std::uint8_t> command;
    command.reserve(5 + data.size());
    command.push_back(0x00);
    command.push_back(0xD6);
    addressBytes(command, sfi, offset);
    command.push_back(static_cast<std::uint8_t>(data.size()));
    command.insert(command.end(), data.begin(), data.end());
    return command;
}

} // namespace apdu

} // namespace ampcard::cardio
