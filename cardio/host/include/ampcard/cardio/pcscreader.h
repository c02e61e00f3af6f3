#pragma once

#include <cstdint>
#include <vector>

#include <PCSC/winscard.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include "ampcard/card/cardapp.h"
#include "ampcard/cardio/cardreader.h"

// A card reader through pcsc-lite: list readers, wait for insertion and removal, connect with T=0
// or T=1, transmit. Every PC/SC failure becomes a Status a cashier can be told about.

namespace ampcard::cardio {

class PcscReader final : public CardReader {
    Q_DECLARE_TR_FUNCTIONS(PcscReader)

public:
    PcscReader();
    ~PcscReader() override;
    PcscReader(const PcscReader &) = delete;
    PcscReader &operator=(const PcscReader &) = delete;

    // Connects to the PC/SC service (kNoReader when it is not running).
    Status establish();
    Status listReaders(QStringList *readers) override;
    Status waitForCard(const QString &reader, int timeoutMs) override;
    Status waitForRemoval(const QString &reader, int timeoutMs) override;
    Status connect(const QString &reader, Share share = Share::kShared) override;
    void disconnect() override;

    [[nodiscard]] bool connected() const override { return m_connected; }
    [[nodiscard]] card::Protocol protocol() const { return m_protocol; }
    [[nodiscard]] QByteArray atr() const { return m_atr; }

    static Status fromPcsc(LONG result);

    // One APDU exactly as given, without the 61xx/6Cxx conventions (a meter's slot does those).
    Status transmitOnce(card::ConstBytes command, std::vector<std::uint8_t> &response)
    {
        return transmitRaw(command, response);
    }

protected:
    Status transmitRaw(card::ConstBytes command, std::vector<std::uint8_t> &response) override;

private:
    Status waitFor(const QString &reader, bool present, int timeoutMs);

    SCARDCONTEXT m_context = 0;
    bool m_established = false;
    SCARDHANDLE m_card = 0;
    bool m_connected = false;
    card::Protocol m_protocol = card::Protocol::kT1;
    QByteArray m_atr;
};

} // namespace ampcard::cardio
