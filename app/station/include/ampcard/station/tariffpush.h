#pragma once

#include <cstdint>

#include <QString>
#include <QStringList>

// A tariff pushed to a meter over its line at once (docs/network.md "Tariff changes at once"): a
// sealed parameter token in the meter's sequence space, sent over DL/T645 0x03 and settled on the
// meter's sealed record like a remote sale. It moves no money: it is recorded as a function-card
// issue without a card (card serial 0) and audited; its settlement is an audit line of its own.

namespace ampcard::station {

struct TariffPush {
    enum class Outcome {
        kLoaded,  // the meter's sealed record proves it took the token
        kPending, // sent, not proven yet: the meter's next record settles it
        kCurrent, // the meter already runs the plan's version: nothing was sent
    };
    Outcome outcome = Outcome::kPending;
    QString id; // the issue id (function_card_issues); empty when nothing was sent
    QString meterNumber;
    qint64 sequence = 0;
    QString plan;       // "name vN"
    QString activation; // ISO UTC, when the version takes effect on the meter
    std::uint32_t tariffId = 0;
    QString answer;      // what the meter said over the line, unsealed: for the operator only
    QStringList settled; // what the meter's records settled on the way
};

} // namespace ampcard::station
