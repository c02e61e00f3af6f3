#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <QCoreApplication>

#include "ampcard/card/cardapp.h"
#include "ampcard/card/records.h"
#include "ampcard/cardio/apdu.h"
#include "ampcard/cardio/keystore.h"

// The station's card work over any APDU channel: read a card, write a record into the next slot,
// read it back and compare. A sale's card work is 7 APDUs on T=1 and 8 on T=0
// (docs/card-format.md).

namespace ampcard::cardio {

struct CardContents {
    card::CardId id;
    std::array<std::uint8_t, 2 * card::kHeaderSize> issueHeaders{};
    card::SlotChoice issue;
    // ciphertext || tag of the current issue record (issue.order[issueBodyIndex]); empty if none
    std::vector<std::uint8_t> issueBody;
    int issueBodyIndex = -1;
    std::array<std::uint8_t, 256> returnFile{};
    card::SlotChoice returns;
};

class CardService {
    Q_DECLARE_TR_FUNCTIONS(CardService)

public:
    explicit CardService(ApduChannel &channel) : m_channel(channel) {}

    // SELECT (EF_ID and issue headers), the whole return file, and the current issue record's body
    // (falling back to the other slot when the current body is torn).
    Status read(CardContents &contents);

    // Writes a sealed record to the slot after the current one, reads it back and compares.
    Status writeIssue(const CardContents &before, card::ConstBytes header, card::ConstBytes body);
    Status writeReturn(const CardContents &before, card::ConstBytes header, card::ConstBytes body);

    // Seals `token` for the next issue slot under `meterKey` (fresh random salt) and writes it.
    Status writeToken(const CardContents &before, const card::Token &token,
                      const card::Aead &meterKey);
    // Whether the last write sent its first UPDATE BINARY: from then on a copy of the record may
    // exist (DESIGN.md §5), whatever the write's status.
    [[nodiscard]] bool writeStarted() const { return m_writeStarted; }

    // The current return record, verified under the meter key derived from `keys`.
    static Status openReturnRecord(const CardContents &contents, const UtilityKeys &keys,
                                   card::ReturnRecord &record);
    // The current issue token, verified under the meter key derived from `keys`.
    static Status openIssueToken(const CardContents &contents, const UtilityKeys &keys,
                                 card::Token &token);

private:
    Status expectOk(const std::vector<std::uint8_t> &command, std::vector<std::uint8_t> *data);
    Status writeSlot(const card::SlotFile &file, const card::SlotChoice &choice,
                     card::ConstBytes header, card::ConstBytes body);

    ApduChannel &m_channel;
    bool m_writeStarted = false;
};

// Maps a status word the card answered to a Status.
Status statusFromSw(std::uint16_t sw);

} // namespace ampcard::cardio
