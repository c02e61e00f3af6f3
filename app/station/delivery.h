#pragma once

#include <cstdint>

#include <QCoreApplication>
#include <QString>

#include "ampcard/card/aead.h"
#include "ampcard/card/records.h"
#include "ampcard/cardio/cardservice.h"

namespace ampcard::station {

class RemoteMeter;

// How a token reaches the meter: written to the customer's card, or sent over the line. The sale
// protocol (SaleProtocol::carry) is the same for both; a delivery says what it can and cannot
// prove.
class Delivery {
public:
    Delivery() = default;
    Delivery(const Delivery &) = delete;
    Delivery &operator=(const Delivery &) = delete;
    virtual ~Delivery() = default;

    // Seals `token` under `key` and sends it.
    virtual Status deliver(const card::Token &token, const card::Aead &key) = 0;
    // Whether a byte of the last token may have left the station (from then on it is issued).
    [[nodiscard]] virtual bool started() const = 0;
    // Whether a successful deliver() proves the token is held (a card reads it back); otherwise
    // only the meter's sealed proof settles it.
    [[nodiscard]] virtual bool confirms() const = 0;
    // What the operator is told when the delivery failed before anything left, and after.
    [[nodiscard]] virtual QString nothingSent(Status status) const = 0;
    [[nodiscard]] virtual QString unfinished(Status status) const = 0;
};

// To the card in the reader: the next issue slot, read back.
class CardDelivery final : public Delivery {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    CardDelivery(cardio::CardService &service, const cardio::CardContents &before)
        : m_service(service), m_before(before)
    {}
    Status deliver(const card::Token &token, const card::Aead &key) override;
    [[nodiscard]] bool started() const override { return m_service.writeStarted(); }
    [[nodiscard]] bool confirms() const override { return true; }
    [[nodiscard]] QString nothingSent(Status status) const override;
    [[nodiscard]] QString unfinished(Status status) const override;

private:
    cardio::CardService &m_service;
    const cardio::CardContents &m_before;
};

// To the meter over DL/T645 0x03; its answer is unsealed and only reported.
class RemoteDelivery final : public Delivery {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    RemoteDelivery(RemoteMeter &link, QString meterNumber)
        : m_link(link), m_meterNumber(std::move(meterNumber))
    {}
    Status deliver(const card::Token &token, const card::Aead &key) override;
    [[nodiscard]] bool started() const override { return m_started; }
    [[nodiscard]] bool confirms() const override { return false; }
    [[nodiscard]] QString nothingSent(Status status) const override;
    [[nodiscard]] QString unfinished(Status status) const override;
    // What the meter said, for the operator: "no answer", "it said loaded", "it said C-12".
    [[nodiscard]] QString answer() const;
    // Whether the meter answered the token, and its outcome code (unsealed).
    [[nodiscard]] bool answered() const { return m_started && m_sent.ok(); }
    [[nodiscard]] std::uint8_t outcome() const { return m_outcome; }

private:
    RemoteMeter &m_link;
    QString m_meterNumber;
    bool m_started = false;
    Status m_sent = kOk;
    std::uint8_t m_outcome = 0xFF;
};

} // namespace ampcard::station
