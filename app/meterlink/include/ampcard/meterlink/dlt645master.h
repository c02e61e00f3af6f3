#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QSerialPort>
#include <QString>

#include "ampcard/protocol/dlt645.h"
#include "ampcard/tariff/datetime.h"

// The station's DL/T645-2007 master over a serial port (an infrared probe or RS-485 adapter): read
// data, read the address, relay control, broadcast time. 8E1, 4 x FE preamble.

namespace ampcard::meterlink {

class Dlt645Master {
    Q_DECLARE_TR_FUNCTIONS(Dlt645Master)

public:
    // Opens `port` at `baud`, 8 data bits, even parity, 1 stop bit.
    bool open(const QString &port, qint32 baud, QString *problem);

    // One request, one reply frame from the addressed meter (echo and noise are skipped).
    // kTimeout when nothing valid comes back within `timeoutMs`.
    Status transact(const dlt645::Frame &request, dlt645::Frame *reply, int timeoutMs = 2000);
    // A 2007 read, following 0x12 frames for a long answer; the value bytes after the DI.
    // kCardStatus with *errorWord set when the meter answers with an error.
    Status read(const dlt645::Address &address, std::uint32_t di, std::vector<std::uint8_t> *value,
                std::uint8_t *errorWord = nullptr);
    Status readAddress(dlt645::Address *address);
    // 0x1C with the level-2 password and an operator code; valid for `validMinutes` from `now`
    // (0: no expiry).
    Status relay(const dlt645::Address &address, std::uint8_t command,
                 const std::uint8_t (&password)[4], std::uint32_t operatorCode,
                 tariff::Timestamp now, int validMinutes, std::uint8_t *errorWord = nullptr);
    Status broadcastTime(tariff::Timestamp time);
    // A token (record header then ciphertext and tag, as on a card) over 0x03, in as many parts
    // as it needs (docs/dlt645.md). *outcome: the meter's card outcome code (0 loaded, 2 nothing
    // new, 10-20 refused); *remaining: its remaining credit, 2 decimals, as 0.0001 units.
    Status deliverToken(const dlt645::Address &address, const std::vector<std::uint8_t> &token,
                        std::uint8_t *outcome, std::int64_t *remaining);

private:
    QSerialPort m_port;
    dlt645::Receiver m_receiver;
};

// ss mm hh DD MM YY (with the weekday when `weekday`).
void encodeTime(tariff::Timestamp time, bool weekday, std::uint8_t *out);

} // namespace ampcard::meterlink
