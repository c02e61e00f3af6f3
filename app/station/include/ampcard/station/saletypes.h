#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "ampcard/card/records.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/station/fees.h"
#include "ampcard/station/meters.h"
#include "ampcard/tariff/credit.h"
#include "ampcard/tariff/units.h"

// What the front ends hand to the sale desk and get back from it (CardDesk, carddesk.h), and what
// its parts share: the card as read, the requests, the protocol's steps for fault injection.

namespace ampcard::station {

class Ledger;
class RemoteMeter;
class Session;

// The steps of the protocol, for fault injection: the hook runs after each one, and returning
// false stops the work right there, as a killed process would.
enum class SaleStep { kPendingRecorded, kCardWritten, kCompleted };
using StepHook = std::function<bool(SaleStep)>;

// The user card in the reader, read and checked against the ledger.
struct CardCheck {
    card::CardId id;
    MeterRecord meter;
    QString customerName;
    std::optional<card::ReturnRecord> returned; // the meter's newest return record on the card
    std::optional<card::Token> issued;          // the card's current issue record
    bool unloaded = false; // `issued` carries credit the meter has not loaded yet
    QStringList settled;   // pending work of this card settled by this reading, for the operator
    cardio::CardContents contents;
};

struct SaleRequest {
    enum class By { kMoney, kEnergy };
    By by = By::kMoney;
    tariff::Money money;   // kMoney: what the customer pays
    tariff::Energy energy; // kEnergy: what the customer wants
    // The card still holds a purchase the meter has not loaded: re-issue it combined with this one
    // under the same sequence number (true), or refuse the sale (false).
    bool combineUnloaded = false;
};

struct AccountRequest {
    QString customerNumber;
    MeterRecord meter;            // number, phases, key version and tariff plan
    tariff::Money presetRecovery; // preset credit the meter ran on before opening, owed as debt
};

// A meter change: the account of `oldMeter` moves to `newMeter` (number, phases, key version;
// an empty plan keeps the old meter's), with the credit left on the old meter as the installer
// read it off its display or a check card. The old meter is removed and its card blacklisted.
// The credit moved is at most the old meter's last proven remaining (its newest sealed record);
// more needs a supervisor's countersignature with a reason, and both go to the audit log.
struct MeterChangeRequest {
    QString oldMeter;
    MeterRecord newMeter;
    tariff::Money remaining; // credit left on the old meter, loaded onto the new one
    QString reason;
    const Session *countersign = nullptr; // a supervisor signed in a second time
    QString countersignReason;            // why more than the proven remaining moves
};

struct FunctionCardRequest {
    card::CardKind kind = card::CardKind::kCheck;
    QString meterNumber;
    bool sendTariff = false;                        // parameter: the meter's plan in force now
    std::optional<tariff::CreditParameters> credit; // parameter, preset: thresholds
    tariff::Money presetAmount;                     // preset: the credit a new meter runs on
    std::uint8_t newKeyVersion = 0;                 // key change
};

// The receipt as the printer and the terminal show it (translated).
QString receiptText(const QJsonObject &receipt);

} // namespace ampcard::station
