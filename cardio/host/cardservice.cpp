#include "ampcard/cardio/cardservice.h"

#include "ampcard/card/crc.h"

#include <algorithm>

namespace ampcard::cardio {

using card::ConstBytes;
using card::kHeaderSize;
using card::RecordHeader;

namespace {

constexpr std::size_t kMaxRead = 256;
constexpr std::size_t kMaxUpdate = 255;

std::uint8_t sfiFor(const card::SlotFile &file, std::size_t lastOffset)
{
    // SFI addressing only reaches offsets up to 255; beyond, the file must be current.
    return lastOffset <= 0xFF ? file.file.sfi : 0;
}

} // namespace

Status statusFromSw(std::uint16_t sw)
{
    switch (sw) {
    case card::kSwOk: return kOk;
    case card::kSwNotFound: return Errc::kCardFormat;
    case card::kSwMemoryFailure: return Errc::kCardRemoved;
    default: return Errc::kCardStatus;
    }
}

Status CardService::expectOk(const std::vector<std::uint8_t> &command,
                             std::vector<std::uint8_t> *data)
{
    ApduResponse response = m_channel.exchange(command);
    if (!response.status.ok())
        return response.status;
    if (response.sw != card::kSwOk)
        return statusFromSw(response.sw);
    if (data != nullptr)
        *data = std::move(response.data);
    return kOk;
}

Status CardService::read(CardContents &contents)
{
    contents = CardContents{};
    std::vector<std::uint8_t> fci;
    AMPCARD_TRY(expectOk(apdu::selectAid(card::kAid), &fci));
    if (fci.size() != card::kFciSize)
        return Errc::kCardFormat;
    const Result<card::CardId> id = card::decodeCardId(ConstBytes(fci).first(card::kCardIdSize));
    if (!id.ok())
        return id.status();
    contents.id = id.value();
    std::copy(fci.begin() + card::kCardIdSize, fci.end(), contents.issueHeaders.begin());
    contents.issue = card::chooseSlots(contents.issueHeaders);

    std::vector<std::uint8_t> returnFile;
    AMPCARD_TRY(expectOk(apdu::readBinary(card::kReturnFile.file.sfi, 0, kMaxRead), &returnFile));
    if (returnFile.size() != contents.returnFile.size())
        return Errc::kCardFormat;
    std::copy(returnFile.begin(), returnFile.end(), contents.returnFile.begin());
    contents.returns = card::chooseSlots(
        ConstBytes(contents.returnFile).subspan(card::kReturnFile.headerArea(), 2 * kHeaderSize));

    AMPCARD_TRY(expectOk(apdu::selectFile(card::kIssueFile.file.fid), nullptr));
    for (int i = 0; i < contents.issue.count; ++i) {
        const RecordHeader &header = contents.issue.headers[static_cast<std::size_t>(i)];
        const std::size_t stored = header.bodyLength + card::kTagSize;
        const int slot = contents.issue.order[static_cast<std::size_t>(i)];
        std::vector<std::uint8_t> body;
        AMPCARD_TRY(expectOk(apdu::readBinary(0, card::kIssueFile.bodyOffset(slot, stored), stored),
                             &body));
        if (body.size() == stored && card::crc32(body) == header.bodyCrc) {
            contents.issueBody = std::move(body);
            contents.issueBodyIndex = i;
            break;
        }
    }
    return kOk;
}

Status CardService::writeSlot(const card::SlotFile &file, const card::SlotChoice &choice,
                              ConstBytes header, ConstBytes body)
{
    m_writeStarted = false;
    if (header.size() != kHeaderSize || body.empty() || body.size() > file.bodyCapacity)
        return Errc::kBufferSize;
    const card::WriteTarget target = card::writeTarget(choice);
    const std::uint16_t bodyOffset = file.bodyOffset(target.slot, body.size());
    const std::uint16_t headerOffset = file.headerOffset(target.slot);
    const std::uint8_t sfi = sfiFor(file, static_cast<std::size_t>(file.file.size) - 1);

    // Body first, header last: until the header is complete the slot does not count.
    for (std::size_t done = 0; done < body.size(); done += kMaxUpdate) {
        const std::size_t size = std::min(kMaxUpdate, body.size() - done);
        m_writeStarted = true;
        AMPCARD_TRY(expectOk(apdu::updateBinary(sfi, static_cast<std::uint16_t>(bodyOffset + done),
                                                body.subspan(done, size)),
                             nullptr));
    }
    AMPCARD_TRY(expectOk(apdu::updateBinary(sfi, headerOffset, header), nullptr));

    // Read back the header and body together (one APDU unless the record is large).
    const std::uint16_t recordOffset = file.recordOffset(target.slot, body.size());
    const std::size_t recordLength = kHeaderSize + body.size();
    std::vector<std::uint8_t> readBack;
    for (std::size_t done = 0; done < recordLength; done += kMaxRead) {
        std::vector<std::uint8_t> part;
        const std::size_t size = std::min(kMaxRead, recordLength - done);
        AMPCARD_TRY(expectOk(
            apdu::readBinary(sfi, static_cast<std::uint16_t>(recordOffset + done), size), &part));
        readBack.insert(readBack.end(), part.begin(), part.end());
    }
    std::vector<std::uint8_t> expected;
    if (target.slot == 0) {
        expected.assign(body.begin(), body.end());
        expected.insert(expected.end(), header.begin(), header.end());
    } else {
        expected.assign(header.begin(), header.end());
        expected.insert(expected.end(), body.begin(), body.end());
    }
    return readBack == expected ? kOk : Status(Errc::kVerifyFailed);
}

Status CardService::writeIssue(const CardContents &before, ConstBytes header, ConstBytes body)
{
    return writeSlot(card::kIssueFile, before.issue, header, body);
}

Status CardService::writeReturn(const CardContents &before, ConstBytes header, ConstBytes body)
{
    return writeSlot(card::kReturnFile, before.returns, header, body);
}

Status CardService::writeToken(const CardContents &before, const card::Token &token,
                               const card::Aead &meterKey)
{
    m_writeStarted = false;
    std::array<std::uint8_t, card::kSaltSize> salt{};
    AMPCARD_TRY(openssl::randomBytes(salt));
    std::array<std::uint8_t, kHeaderSize> header{};
    std::array<std::uint8_t, card::kTokenMaxBodySize + card::kTagSize> body{};
    const card::WriteTarget target = card::writeTarget(before.issue);
    const Result<std::size_t> sealed =
        card::sealToken(token, meterKey, target.generation, salt, header, body);
    if (!sealed.ok())
        return sealed.status();
    return writeIssue(before, header, ConstBytes(body).first(sealed.value()));
}

Status CardService::openReturnRecord(const CardContents &contents, const UtilityKeys &keys,
                                     card::ReturnRecord &record)
{
    Status last = Errc::kNoValidRecord;
    for (int i = 0; i < contents.returns.count; ++i) {
        const RecordHeader &header = contents.returns.headers[static_cast<std::size_t>(i)];
        const int slot = contents.returns.order[static_cast<std::size_t>(i)];
        const std::size_t stored = header.bodyLength + card::kTagSize;
        if (header.type != card::RecordType::kReturn || stored > card::kReturnFile.bodyCapacity)
            continue;
        if (header.utilityId != keys.utilityId())
            return Errc::kWrongUtility;
        const ConstBytes body = ConstBytes(contents.returnFile)
                                    .subspan(card::kReturnFile.bodyOffset(slot, stored), stored);
        if (card::crc32(body) != header.bodyCrc)
            continue; // torn: the other slot holds the previous record
        OpensslAead aead;
        AMPCARD_TRY(keys.meterAead(header.meter, header.keyVersion, aead));
        const Result<card::ReturnRecord> opened = card::openReturn(header, body, aead);
        if (opened.ok()) {
            record = opened.value();
            return kOk;
        }
        last = opened.status();
    }
    return last;
}

Status CardService::openIssueToken(const CardContents &contents, const UtilityKeys &keys,
                                   card::Token &token)
{
    if (contents.issueBodyIndex < 0)
        return Errc::kNoValidRecord;
    const RecordHeader &header =
        contents.issue.headers[static_cast<std::size_t>(contents.issueBodyIndex)];
    if (header.utilityId != keys.utilityId())
        return Errc::kWrongUtility;
    OpensslAead aead;
    AMPCARD_TRY(keys.meterAead(header.meter, header.keyVersion, aead));
    const Result<card::Token> opened = card::openToken(header, contents.issueBody, aead);
    if (!opened.ok())
        return opened.status();
    token = opened.value();
    return kOk;
}

} // namespace ampcard::cardio
