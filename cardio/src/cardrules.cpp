#include "ampcard/card/cardrules.h"

namespace ampcard::card {

namespace {

bool isBlacklisted(const MeterCardState &meter, std::uint64_t serial)
{
    for (std::size_t i = 0; i < meter.blacklistCount && i < kBlacklistSize; ++i) {
        if (meter.blacklist[i] == serial)
            return true;
    }
    return false;
}

} // namespace

Status checkHeader(const RecordHeader &header, const MeterCardState &meter)
{
    if (header.type == RecordType::kReturn || !isKnown(header.type))
        return Errc::kUnknownKind;
    if (header.utilityId != meter.utilityId)
        return Errc::kWrongUtility;
    if (!(header.meter == meter.meter))
        return Errc::kWrongMeter;
    if (header.keyVersion != meter.keyVersion)
        return Errc::kKeyVersion;
    return kOk;
}

Status checkToken(const Token &token, const CardId *card, const MeterCardState &meter)
{
    if (card != nullptr) {
        if (cardKindFor(token.type) != card->kind || token.cardSerial != card->serial)
            return Errc::kWrongCard;
        if (isBlacklisted(meter, card->serial))
            return Errc::kBlacklisted;
    }
    switch (token.type) {
    case RecordType::kPurchase:
        if (!meter.opened || token.cardSerial != meter.boundSerial)
            return Errc::kWrongCard;
        break;
    case RecordType::kAccountOpening:
        if (meter.opened && token.cardSerial != meter.boundSerial)
            return Errc::kWrongCard;
        break;
    case RecordType::kReplacement:
        if (meter.opened && token.previousCardSerial != meter.boundSerial)
            return Errc::kWrongCard;
        if (isBlacklisted(meter, token.cardSerial))
            return Errc::kBlacklisted;
        break;
    default: break;
    }
    if (token.sequence <= meter.lastSequence)
        return Errc::kReplay;
    return kOk;
}

void recordAccepted(const Token &token, MeterCardState &meter)
{
    meter.lastSequence = token.sequence;
    if (token.type == RecordType::kAccountOpening) {
        meter.opened = true;
        meter.boundSerial = token.cardSerial;
    }
    if (token.type == RecordType::kReplacement) {
        if (meter.opened) {
            // Shift out the oldest entry when full; the newest replaced serial is always kept.
            if (meter.blacklistCount == kBlacklistSize) {
                for (std::size_t i = 1; i < kBlacklistSize; ++i)
                    meter.blacklist[i - 1] = meter.blacklist[i];
                --meter.blacklistCount;
            }
            meter.blacklist[meter.blacklistCount++] = meter.boundSerial;
        }
        meter.opened = true;
        meter.boundSerial = token.cardSerial;
    }
    if (token.type == RecordType::kKeyChange && (token.flags & kFlagNewKey) != 0)
        meter.keyVersion = token.newKeyVersion;
}

} // namespace ampcard::card
