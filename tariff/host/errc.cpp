#include "ampcard/tariff/errc.h"

#include <QCoreApplication>

namespace ampcard {

namespace {

const char *sourceText(Errc code)
{
    switch (code) {
    case Errc::kOk: return QT_TRANSLATE_NOOP("ampcard::Status", "ok");
    case Errc::kOverflow: return QT_TRANSLATE_NOOP("ampcard::Status", "value out of range");
    case Errc::kParseEmpty: return QT_TRANSLATE_NOOP("ampcard::Status", "empty number");
    case Errc::kParseSyntax: return QT_TRANSLATE_NOOP("ampcard::Status", "not a decimal number");
    case Errc::kParseTooManyDecimals:
        return QT_TRANSLATE_NOOP("ampcard::Status", "too many decimal places");
    case Errc::kNegative: return QT_TRANSLATE_NOOP("ampcard::Status", "must not be negative");
    case Errc::kNotPositive:
        return QT_TRANSLATE_NOOP("ampcard::Status", "must be greater than zero");
    case Errc::kStepCount:
        return QT_TRANSLATE_NOOP("ampcard::Status", "a ladder needs 1 to 8 steps");
    case Errc::kThresholdNotPositive:
        return QT_TRANSLATE_NOOP("ampcard::Status", "threshold must be greater than zero");
    case Errc::kThresholdOrder:
        return QT_TRANSLATE_NOOP("ampcard::Status",
                                 "threshold must be greater than the previous one");
    case Errc::kStepPrice:
        return QT_TRANSLATE_NOOP("ampcard::Status", "step price must not be negative");
    case Errc::kTouRateCount: return QT_TRANSLATE_NOOP("ampcard::Status", "TOU needs 1 to 4 rates");
    case Errc::kTouRatePrice:
        return QT_TRANSLATE_NOOP("ampcard::Status", "TOU rate price must not be negative");
    case Errc::kTouScheduleEmpty:
        return QT_TRANSLATE_NOOP("ampcard::Status", "TOU rates need a daily schedule");
    case Errc::kTouScheduleTooLong:
        return QT_TRANSLATE_NOOP("ampcard::Status", "TOU schedule has more than 14 entries");
    case Errc::kTouScheduleOrder:
        return QT_TRANSLATE_NOOP("ampcard::Status", "TOU schedule times must increase");
    case Errc::kTouScheduleStart:
        return QT_TRANSLATE_NOOP("ampcard::Status", "TOU schedule must start at 00:00");
    case Errc::kTouScheduleTime:
        return QT_TRANSLATE_NOOP("ampcard::Status", "TOU schedule time is not within the day");
    case Errc::kTouScheduleRate:
        return QT_TRANSLATE_NOOP("ampcard::Status",
                                 "TOU schedule names a rate that is not defined");
    case Errc::kSettlementDay:
        return QT_TRANSLATE_NOOP("ampcard::Status", "monthly settlement day must be 1 to 28");
    case Errc::kSettlementHour:
        return QT_TRANSLATE_NOOP("ampcard::Status", "settlement hour must be 0 to 23");
    case Errc::kSettlementDateCount:
        return QT_TRANSLATE_NOOP("ampcard::Status", "yearly settlement needs 1 to 4 dates");
    case Errc::kSettlementDate:
        return QT_TRANSLATE_NOOP("ampcard::Status", "settlement date is not a day of every year");
    case Errc::kSettlementDateOrder:
        return QT_TRANSLATE_NOOP("ampcard::Status",
                                 "settlement dates must increase within the year");
    case Errc::kDateTime: return QT_TRANSLATE_NOOP("ampcard::Status", "invalid date or time");
    case Errc::kSettlementDue:
        return QT_TRANSLATE_NOOP("ampcard::Status",
                                 "a settlement is due before more energy is charged");
    case Errc::kUnboundedEnergy:
        return QT_TRANSLATE_NOOP("ampcard::Status",
                                 "the price is zero: money buys unlimited energy");
    case Errc::kHoardingLimit:
        return QT_TRANSLATE_NOOP("ampcard::Status", "purchase would exceed the hoarding limit");
    case Errc::kThresholdsInvalid:
        return QT_TRANSLATE_NOOP("ampcard::Status", "credit thresholds are inconsistent");
    case Errc::kOverdraftNotAllowed:
        return QT_TRANSLATE_NOOP("ampcard::Status", "overdraft cannot be confirmed now");
    case Errc::kInvalidState:
        return QT_TRANSLATE_NOOP("ampcard::Status", "stored state is inconsistent");
    case Errc::kKeyLength:
        return QT_TRANSLATE_NOOP("ampcard::Status", "key must be 16 or 32 bytes");
    case Errc::kBufferSize: return QT_TRANSLATE_NOOP("ampcard::Status", "wrong data length");
    case Errc::kBadParameter:
        return QT_TRANSLATE_NOOP("ampcard::Status", "unsupported cryptographic parameter");
    case Errc::kAuthFailed:
        return QT_TRANSLATE_NOOP(
            "ampcard::Status", "record failed authentication (tampered, or made with another key)");
    case Errc::kCardFormat:
        return QT_TRANSLATE_NOOP("ampcard::Status",
                                 "not an Ampcard card layout, or a damaged record");
    case Errc::kUnknownKind:
        return QT_TRANSLATE_NOOP("ampcard::Status", "unknown card or record kind");
    case Errc::kWrongUtility:
        return QT_TRANSLATE_NOOP("ampcard::Status", "card belongs to another utility");
    case Errc::kWrongMeter:
        return QT_TRANSLATE_NOOP("ampcard::Status", "card is for another meter");
    case Errc::kWrongCard:
        return QT_TRANSLATE_NOOP("ampcard::Status", "card is not the one bound to this meter");
    case Errc::kReplay:
        return QT_TRANSLATE_NOOP("ampcard::Status", "purchase already loaded (replayed card)");
    case Errc::kKeyVersion:
        return QT_TRANSLATE_NOOP("ampcard::Status",
                                 "card was made with a key version the meter no longer holds");
    case Errc::kNoValidRecord:
        return QT_TRANSLATE_NOOP("ampcard::Status", "the card holds no valid record");
    case Errc::kBlacklisted:
        return QT_TRANSLATE_NOOP("ampcard::Status", "card has been replaced and is refused");
    case Errc::kCardStatus:
        return QT_TRANSLATE_NOOP("ampcard::Status", "the card refused the command");
    case Errc::kVerifyFailed:
        return QT_TRANSLATE_NOOP("ampcard::Status", "the card does not read back what was written");
    case Errc::kNoReader:
        return QT_TRANSLATE_NOOP("ampcard::Status",
                                 "no card reader found (is the PC/SC service running?)");
    case Errc::kNoCard: return QT_TRANSLATE_NOOP("ampcard::Status", "no card in the reader");
    case Errc::kCardRemoved:
        return QT_TRANSLATE_NOOP(
            "ampcard::Status", "the card was removed or the reader unplugged during the operation");
    case Errc::kSharingViolation:
        return QT_TRANSLATE_NOOP("ampcard::Status", "another program is using the card");
    case Errc::kTimeout: return QT_TRANSLATE_NOOP("ampcard::Status", "timed out");
    case Errc::kReaderError: return QT_TRANSLATE_NOOP("ampcard::Status", "card reader error");
    case Errc::kWrongPassphrase: return QT_TRANSLATE_NOOP("ampcard::Status", "wrong passphrase");
    case Errc::kKeystoreFormat:
        return QT_TRANSLATE_NOOP("ampcard::Status",
                                 "the keystore file is damaged or not a keystore");
    }
    return QT_TRANSLATE_NOOP("ampcard::Status", "unknown error");
}

} // namespace

QString describe(Errc code)
{
    return QCoreApplication::translate("ampcard::Status", sourceText(code));
}

} // namespace ampcard
