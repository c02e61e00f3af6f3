#include "ampcard/cardio/keystore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "ampcard/card/meterkey.h"

namespace ampcard::cardio {

namespace {

constexpr char kFormat[] = "ampcard-keystore";
constexpr int kVersion = 1;
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kIvSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::uint64_t kMaxMemory = 1ull << 30;

// Everything that describes the file is authenticated with the key (GCM associated data).
QByteArray associatedData(std::uint32_t utilityId, const KdfCost &cost, const QByteArray &salt)
{
    return QStringLiteral("%1/%2/%3/scrypt/%4/%5/%6/%7/aes-256-gcm")
        .arg(QLatin1String(kFormat))
        .arg(kVersion)
        .arg(utilityId)
        .arg(cost.n)
        .arg(cost.r)
        .arg(cost.p)
        .arg(QString::fromLatin1(salt.toHex()))
        .toLatin1();
}

Status scrypt(const QByteArray &passphrase, const QByteArray &salt, const KdfCost &cost,
              SecureBytes &key)
{
    if (EVP_PBE_scrypt(passphrase.constData(), static_cast<std::size_t>(passphrase.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()),
                       static_cast<std::size_t>(salt.size()), cost.n, cost.r, cost.p, kMaxMemory,
                       key.bytes().data(), key.size()) != 1)
        return Errc::kKeystoreFormat;
    return kOk;
}

struct Gcm {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    ~Gcm() { EVP_CIPHER_CTX_free(ctx); }
};

Status gcm(bool encrypt, card::ConstBytes key, const QByteArray &iv, const QByteArray &aad,
           card::ConstBytes in, card::Bytes out, unsigned char *tag)
{
    Gcm context;
    int length = 0;
    if (context.ctx == nullptr ||
        EVP_CipherInit_ex(context.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr,
                          encrypt ? 1 : 0) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.ctx, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()),
                            nullptr) != 1 ||
        EVP_CipherInit_ex(context.ctx, nullptr, nullptr, key.data(),
                          reinterpret_cast<const unsigned char *>(iv.constData()),
                          encrypt ? 1 : 0) != 1 ||
        EVP_CipherUpdate(context.ctx, nullptr, &length,
                         reinterpret_cast<const unsigned char *>(aad.constData()),
                         static_cast<int>(aad.size())) != 1 ||
        EVP_CipherUpdate(context.ctx, out.data(), &length, in.data(),
                         static_cast<int>(in.size())) != 1)
        return Errc::kKeystoreFormat;
    if (!encrypt && EVP_CIPHER_CTX_ctrl(context.ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, tag) != 1)
        return Errc::kKeystoreFormat;
    unsigned char final[16];
    if (EVP_CipherFinal_ex(context.ctx, final, &length) != 1)
        return encrypt ? Status(Errc::kKeystoreFormat) : Status(Errc::kWrongPassphrase);
    if (encrypt && EVP_CIPHER_CTX_ctrl(context.ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, tag) != 1)
        return Errc::kKeystoreFormat;
    return kOk;
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray bytes(static_cast<qsizetype>(size), '\0');
    if (!openssl::randomBytes(card::Bytes(reinterpret_cast<std::uint8_t *>(bytes.data()), size))
             .ok())
        return {};
    return bytes;
}

} // namespace

Status UtilityKeys::meterKey(const card::MeterNumber &meter, std::uint8_t keyVersion,
                             Bytes out) const
{
    if (!valid())
        return Errc::kKeyLength;
    if (out.size() != card::kMeterKeySize)
        return Errc::kBufferSize;
    const auto context = card::meterKeyContext(m_utilityId, meter, keyVersion);
    return openssl::deriveKey(m_master.bytes(), card::kMeterKeyLabel, context, out);
}

Status UtilityKeys::purposeKey(card::ConstBytes label, card::ConstBytes context, Bytes out) const
{
    if (!valid())
        return Errc::kKeyLength;
    if (out.empty() || context.size() > 256)
        return Errc::kBufferSize;
    std::array<std::uint8_t, 4 + 256> full{};
    card::storeBigEndian(Bytes(full).first(4), m_utilityId);
    for (std::size_t i = 0; i < context.size(); ++i)
        full[4 + i] = context[i];
    return openssl::deriveKey(m_master.bytes(), label,
                              card::ConstBytes(full).first(4 + context.size()), out);
}

Status UtilityKeys::meterAead(const card::MeterNumber &meter, std::uint8_t keyVersion,
                              OpensslAead &out) const
{
    SecureBytes key(card::kMeterKeySize);
    if (!key.valid())
        return Errc::kKeyLength;
    AMPCARD_TRY(meterKey(meter, keyVersion, key.bytes()));
    return out.setKey(key.bytes());
}

Status UtilityKeys::lineSecrets(const card::MeterNumber &meter, std::uint8_t keyVersion,
                                card::LineSecrets *out) const
{
    if (!valid())
        return Errc::kKeyLength;
    SecureBytes seed(card::kLineSeedSize);
    if (!seed.valid())
        return Errc::kKeyLength;
    const auto context = card::meterKeyContext(m_utilityId, meter, keyVersion);
    AMPCARD_TRY(
        openssl::deriveKey(m_master.bytes(), card::kLineSecretsLabel, context, seed.bytes()));
    *out = card::lineSecretsFromSeed(seed.bytes());
    return kOk;
}

Status Keystore::create(const QString &path, std::uint32_t utilityId, const QByteArray &passphrase,
                        KdfCost cost)
{
    SecureBytes master(kMasterKeySize);
    if (!master.valid())
        return Errc::kKeyLength;
    AMPCARD_TRY(openssl::randomBytes(master.bytes()));
    return write(path, utilityId, master.bytes(), passphrase, cost);
}

Status Keystore::write(const QString &path, std::uint32_t utilityId, card::ConstBytes masterKey,
                       const QByteArray &passphrase, KdfCost cost)
{
    if (masterKey.size() != kMasterKeySize)
        return Errc::kKeyLength;
    const QByteArray salt = randomBytes(kSaltSize);
    const QByteArray iv = randomBytes(kIvSize);
    if (salt.isEmpty() || iv.isEmpty())
        return Errc::kKeystoreFormat;
    SecureBytes wrapping(32);
    AMPCARD_TRY(scrypt(passphrase, salt, cost, wrapping));
    QByteArray ciphertext(static_cast<qsizetype>(kMasterKeySize), '\0');
    unsigned char tag[kTagSize];
    AMPCARD_TRY(
        gcm(true, wrapping.bytes(), iv, associatedData(utilityId, cost, salt), masterKey,
            card::Bytes(reinterpret_cast<std::uint8_t *>(ciphertext.data()), kMasterKeySize), tag));

    QJsonObject kdf;
    kdf[QStringLiteral("name")] = QStringLiteral("scrypt");
    kdf[QStringLiteral("N")] = static_cast<qint64>(cost.n);
    kdf[QStringLiteral("r")] = static_cast<qint64>(cost.r);
    kdf[QStringLiteral("p")] = static_cast<qint64>(cost.p);
    kdf[QStringLiteral("salt")] = QString::fromLatin1(salt.toHex());
    QJsonObject cipher;
    cipher[QStringLiteral("name")] = QStringLiteral("aes-256-gcm");
    cipher[QStringLiteral("iv")] = QString::fromLatin1(iv.toHex());
    cipher[QStringLiteral("tag")] =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(tag), kTagSize).toHex());
    QJsonObject root;
    root[QStringLiteral("format")] = QLatin1String(kFormat);
    root[QStringLiteral("version")] = kVersion;
    root[QStringLiteral("utilityId")] = static_cast<qint64>(utilityId);
    root[QStringLiteral("kdf")] = kdf;
    root[QStringLiteral("cipher")] = cipher;
    root[QStringLiteral("masterKey")] = QString::fromLatin1(ciphertext.toHex());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Errc::kKeystoreFormat;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit() ? kOk : Status(Errc::kKeystoreFormat);
}

Status Keystore::open(const QString &path, const QByteArray &passphrase, UtilityKeys *keys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 65536)
        return Errc::kKeystoreFormat;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
    const QJsonObject cipher = root.value(QStringLiteral("cipher")).toObject();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) ||
        root.value(QStringLiteral("version")).toInt() != kVersion ||
        kdf.value(QStringLiteral("name")).toString() != QStringLiteral("scrypt") ||
        cipher.value(QStringLiteral("name")).toString() != QStringLiteral("aes-256-gcm"))
        return Errc::kKeystoreFormat;
    const qint64 utility = root.value(QStringLiteral("utilityId")).toInteger(-1);
    KdfCost cost;
    cost.n = static_cast<std::uint64_t>(kdf.value(QStringLiteral("N")).toInteger(0));
    cost.r = static_cast<std::uint32_t>(kdf.value(QStringLiteral("r")).toInteger(0));
    cost.p = static_cast<std::uint32_t>(kdf.value(QStringLiteral("p")).toInteger(0));
    const QByteArray salt =
        QByteArray::fromHex(kdf.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray iv =
        QByteArray::fromHex(cipher.value(QStringLiteral("iv")).toString().toLatin1());
    QByteArray tag = QByteArray::fromHex(cipher.value(QStringLiteral("tag")).toString().toLatin1());
    const QByteArray ciphertext =
        QByteArray::fromHex(root.value(QStringLiteral("masterKey")).toString().toLatin1());
    if (utility < 0 || utility > 0xFFFFFFFFll || cost.n < 2 || (cost.n & (cost.n - 1)) != 0 ||
        cost.r == 0 || cost.p == 0 || salt.size() != static_cast<qsizetype>(kSaltSize) ||
        iv.size() != static_cast<qsizetype>(kIvSize) ||
        tag.size() != static_cast<qsizetype>(kTagSize) ||
        ciphertext.size() != static_cast<qsizetype>(kMasterKeySize))
        return Errc::kKeystoreFormat;

    SecureBytes wrapping(32);
    AMPCARD_TRY(scrypt(passphrase, salt, cost, wrapping));
    SecureBytes master(kMasterKeySize);
    if (!master.valid())
        return Errc::kKeyLength;
    const auto utilityId = static_cast<std::uint32_t>(utility);
    AMPCARD_TRY(gcm(false, wrapping.bytes(), iv, associatedData(utilityId, cost, salt),
                    card::ConstBytes(reinterpret_cast<const std::uint8_t *>(ciphertext.constData()),
                                     kMasterKeySize),
                    master.bytes(), reinterpret_cast<unsigned char *>(tag.data())));
    *keys = UtilityKeys(utilityId, std::move(master));
    return kOk;
}

Status Keystore::changePassphrase(const QString &path, const QByteArray &oldPassphrase,
                                  const QByteArray &newPassphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Errc::kKeystoreFormat;
    const QJsonObject kdf =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("kdf")).toObject();
    file.close();
    KdfCost cost;
    cost.n = static_cast<std::uint64_t>(kdf.value(QStringLiteral("N")).toInteger(1 << 17));
    cost.r = static_cast<std::uint32_t>(kdf.value(QStringLiteral("r")).toInteger(8));
    cost.p = static_cast<std::uint32_t>(kdf.value(QStringLiteral("p")).toInteger(1));

    UtilityKeys keys;
    AMPCARD_TRY(open(path, oldPassphrase, &keys));
    return write(path, keys.utilityId(), keys.m_master.bytes(), newPassphrase, cost);
}

} // namespace ampcard::cardio
