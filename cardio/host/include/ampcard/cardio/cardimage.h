#pragma once

#include <array>
#include <cstdint>

#include <QString>

#include "ampcard/card/cardapp.h"

// The virtual card's state on disk (docs/card-format.md, "Card image"): magic, version, protocol,
// store size, the card's byte store and a CRC-32. Every write goes to disk at once by an atomic
// replace, so a killed ampcard-vcard leaves the card as its last completed byte.

namespace ampcard::cardio {

class CardImage final : public card::ByteStore {
public:
    // Loads an image; kCardFormat when damaged or not an image.
    Status load(const QString &path);
    // Makes a blank card of `id` on `protocol`; refuses to replace an existing file.
    Status create(const QString &path, const card::CardId &id, card::Protocol protocol);
    Status save() const;

    [[nodiscard]] card::Protocol protocol() const { return m_protocol; }
    [[nodiscard]] const QString &path() const { return m_path; }

    // After `budget` more bytes the store loses power: the write stops there, the image keeps the
    // bytes written so far, and torn() turns true (fault injection for torn-write tests).
    void tearAfter(std::size_t budget) { m_tearBudget = budget; }
    [[nodiscard]] bool torn() const { return m_torn; }

    [[nodiscard]] std::size_t size() const override { return m_bytes.size(); }
    Status read(std::size_t offset, card::Bytes out) const override;
    Status write(std::size_t offset, card::ConstBytes data) override;
    [[nodiscard]] card::ConstBytes bytes() const { return m_bytes; }

private:
    QString m_path;
    card::Protocol m_protocol = card::Protocol::kT0;
    std::array<std::uint8_t, card::kCardStoreSize> m_bytes{};
    std::size_t m_tearBudget = SIZE_MAX;
    bool m_torn = false;
};

} // namespace ampcard::cardio
