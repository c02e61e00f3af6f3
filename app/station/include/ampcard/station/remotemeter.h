#pragma once

#include <cstdint>
#include <vector>

#include <QCoreApplication>
#include <QString>

#include "ampcard/meterlink/dlt645master.h"
#include "ampcard/base/status.h"
#include "ampcard/tariff/units.h"

// A meter the station reaches over a line instead of a card (remote vending, DESIGN.md §4 and
// docs/station.md "Remote sales"). The station reads what the meter loaded last, then delivers the
// same sealed token a card would carry.

namespace ampcard::station {

// What the meter answered, sealed with its key: its return record (header, then ciphertext and
// tag), as a card would carry it. The station opens and checks it (CardDesk); nothing unsealed
// that a meter says over the line settles a sale.
struct RemoteState {
    std::vector<std::uint8_t> sealedProof;
};

class RemoteMeter {
public:
    RemoteMeter() = default;
    RemoteMeter(const RemoteMeter &) = delete;
    RemoteMeter &operator=(const RemoteMeter &) = delete;
    virtual ~RemoteMeter() = default;

    // What the meter of `meterNumber` says now; an error status when it does not answer.
    virtual Status state(const QString &meterNumber, RemoteState *state) = 0;
    // Delivers `token` (record header then ciphertext and tag). *outcome: the meter's card
    // outcome code (0 loaded, 2 nothing new, 10-20 refused), unsealed: for the operator only.
    virtual Status deliver(const QString &meterNumber, const std::vector<std::uint8_t> &token,
                           std::uint8_t *outcome) = 0;
};

// Over DL/T645-2007 on a serial port (RS-485 adapter or infrared probe): the Ampcard DI 04800102
// for the sealed proof, 0x03 for the token.
class Dlt645RemoteMeter final : public RemoteMeter {
    Q_DECLARE_TR_FUNCTIONS(Dlt645RemoteMeter)

public:
    // Opens `port` (8E1 at `baud`); false with *problem when it cannot.
    bool open(const QString &port, qint32 baud, QString *problem);
    Status state(const QString &meterNumber, RemoteState *state) override;
    Status deliver(const QString &meterNumber, const std::vector<std::uint8_t> &token,
                   std::uint8_t *outcome) override;

private:
    meterlink::Dlt645Master m_master;
};

} // namespace ampcard::station
