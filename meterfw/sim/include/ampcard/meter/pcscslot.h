#pragma once

#include <QString>

#include "ampcard/cardio/pcscreader.h"
#include "ampcard/meter/hal.h"

// The meter's card slot on a PC/SC reader: the simulator reads real (or ampcard-vcard) cards.
namespace ampcard::meter {

class PcscCardSlot final : public CardSlot {
public:
    explicit PcscCardSlot(QString reader) : m_readerName(std::move(reader)) {}

    [[nodiscard]] State state() const override;
    bool powerOn() override;
    void powerOff() override { m_reader.disconnect(); }
    std::size_t transmit(ConstBytes command, Bytes response) override;

private:
    QString m_readerName;
    mutable cardio::PcscReader m_reader;
};

} // namespace ampcard::meter
