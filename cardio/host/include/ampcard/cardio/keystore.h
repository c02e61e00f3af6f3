#pragma once

#include <cstdint>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "ampcard/card/aead.h"
#include "ampcard/card/meterkey.h"
#include "ampcard/card/records.h"
#include "ampcard/cardio/opensslcrypto.h"
#include "ampcard/cardio/securebytes.h"

// The utility master key and what is derived from it, and the keystore file that keeps the master
// key encrypted at rest (docs/keystore.md): scrypt from a passphrase, AES-256-GCM, parameters in
// the file. The clear master key exists only in SecureBytes.

namespace ampcard::cardio {

inline constexpr std::size_t kMasterKeySize = 32;

class Keystore;

class UtilityKeys {
public:
    UtilityKeys() = default;
    UtilityKeys(std::uint32_t utilityId, SecureBytes master)
        : m_utilityId(utilityId), m_master(std::move(master))
    {}

    [[nodiscard]] bool valid() const { return m_master.valid(); }
    [[nodiscard]] std::uint32_t utilityId() const { return m_utilityId; }

    // The 16-byte key of one meter at one key version.
    Status meterKey(const card::MeterNumber &meter, std::uint8_t keyVersion, Bytes out) const;
    Status meterAead(const card::MeterNumber &meter, std::uint8_t keyVersion,
                     OpensslAead &out) const;
    // A key for one of the station's own purposes (`label`, e.g. "AMPCARD LEDGER CHAIN") and
    // `context` (the station id): the same KDF as the meter keys under another label, with the
    // utility id before the context.
    Status purposeKey(card::ConstBytes label, card::ConstBytes context, Bytes out) const;
    // The meter's DL/T645 passwords and Modbus PIN (card/meterkey.h), as commissioned.
    Status lineSecrets(const card::MeterNumber &meter, std::uint8_t keyVersion,
                       card::LineSecrets *out) const;

private:
    friend class Keystore; // re-wraps the master key on a passphrase change
    std::uint32_t m_utilityId = 0;
    SecureBytes m_master;
};

struct KdfCost {
    std::uint64_t n = 1u << 17; // scrypt N: 128 MiB with r = 8
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};

class Keystore {
    Q_DECLARE_TR_FUNCTIONS(Keystore)

public:
    // Makes a new random master key for `utilityId` and writes it under `passphrase`.
    static Status create(const QString &path, std::uint32_t utilityId, const QByteArray &passphrase,
                         KdfCost cost = {});
    // Writes a given master key (import, tests) under `passphrase`.
    static Status write(const QString &path, std::uint32_t utilityId, card::ConstBytes masterKey,
                        const QByteArray &passphrase, KdfCost cost = {});
    static Status open(const QString &path, const QByteArray &passphrase, UtilityKeys *keys);
    static Status changePassphrase(const QString &path, const QByteArray &oldPassphrase,
                                   const QByteArray &newPassphrase);
};

} // namespace ampcard::cardio
