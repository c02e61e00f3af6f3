#include <unistd.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

#include "ampcard/card/meterkey.h"
#include "ampcard/cardio/keystore.h"
#include "cardfixtures.h"

using namespace ampcard;
using namespace ampcard::cardio;

namespace {

// Cheap scrypt parameters for most tests; one test uses the default cost.
constexpr KdfCost kFast{1u << 10, 8, 1};
const QByteArray kPassphrase("correct horse battery staple");

QByteArray masterBytes()
{
    const auto key = testing::masterKeyBytes(testing::kSeed);
    return QByteArray(reinterpret_cast<const char *>(key.data()),
                      static_cast<qsizetype>(key.size()));
}

// Decrypts a keystore with OpenSSL directly, following docs/keystore.md (not the Keystore class).
QByteArray decryptIndependently(const QString &path, const QByteArray &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject kdf = root[QStringLiteral("kdf")].toObject();
    const QJsonObject cipher = root[QStringLiteral("cipher")].toObject();
    const QByteArray salt = QByteArray::fromHex(kdf[QStringLiteral("salt")].toString().toLatin1());
    const QByteArray iv = QByteArray::fromHex(cipher[QStringLiteral("iv")].toString().toLatin1());
    QByteArray tag = QByteArray::fromHex(cipher[QStringLiteral("tag")].toString().toLatin1());
    const QByteArray ciphertext =
        QByteArray::fromHex(root[QStringLiteral("masterKey")].toString().toLatin1());
    const auto n = static_cast<std::uint64_t>(kdf[QStringLiteral("N")].toInteger());
    const auto r = static_cast<std::uint64_t>(kdf[QStringLiteral("r")].toInteger());
    const auto p = static_cast<std::uint64_t>(kdf[QStringLiteral("p")].toInteger());
    unsigned char wrapping[32];
    if (EVP_PBE_scrypt(passphrase.constData(), static_cast<std::size_t>(passphrase.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()),
                       static_cast<std::size_t>(salt.size()), n, r, p, 1ull << 30, wrapping,
                       32) != 1)
        return {};
    const QByteArray aad = QStringLiteral("ampcard-keystore/1/%1/scrypt/%2/%3/%4/%5/aes-256-gcm")
                               .arg(root[QStringLiteral("utilityId")].toInteger())
                               .arg(n)
                               .arg(r)
                               .arg(p)
                               .arg(QString::fromLatin1(salt.toHex()))
                               .toLatin1();
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray plain(ciphertext.size(), '\0');
    int length = 0;
    bool ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()),
                                  nullptr) == 1 &&
              EVP_DecryptInit_ex(ctx, nullptr, nullptr, wrapping,
                                 reinterpret_cast<const unsigned char *>(iv.constData())) == 1 &&
              EVP_DecryptUpdate(ctx, nullptr, &length,
                                reinterpret_cast<const unsigned char *>(aad.constData()),
                                static_cast<int>(aad.size())) == 1 &&
              EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &length,
                                reinterpret_cast<const unsigned char *>(ciphertext.constData()),
                                static_cast<int>(ciphertext.size())) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tag.data()) == 1;
    unsigned char final[16];
    ok = ok && EVP_DecryptFinal_ex(ctx, final, &length) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? plain : QByteArray();
}

} // namespace

class TestKeystore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void opensWithThePassphraseOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.json"));
        const auto key = testing::masterKeyBytes(testing::kSeed);
        QCOMPARE(Keystore::write(path, 3301, key, kPassphrase, kFast), kOk);
        UtilityKeys keys;
        QCOMPARE(Keystore::open(path, kPassphrase, &keys), kOk);
        QCOMPARE(keys.utilityId(), 3301u);
        // The derived meter key equals the meter's own portable derivation.
        const card::MeterNumber meter = testing::meterNumber("310100000001");
        std::array<std::uint8_t, 16> viaKeystore{}, viaMeter{};
        QCOMPARE(keys.meterKey(meter, 3, viaKeystore), kOk);
        card::Aes master;
        QCOMPARE(master.setKey(key), kOk);
        QCOMPARE(card::deriveMeterKey(master, 3301, meter, 3, viaMeter), kOk);
        QCOMPARE(viaKeystore, viaMeter);
        // The line secrets: the station (OpenSSL) and the portable KDF agree, and they are
        // neither the factory 000000 nor the same for both levels.
        card::LineSecrets station;
        card::LineSecrets portable;
        QCOMPARE(keys.lineSecrets(meter, 3, &station), kOk);
        QCOMPARE(card::deriveLineSecrets(master, 3301, meter, 3, &portable), kOk);
        QCOMPARE(station.password02, portable.password02);
        QCOMPARE(station.password04, portable.password04);
        QCOMPARE(station.modbusPin, portable.modbusPin);
        QVERIFY(station.usable());
        for (const std::uint8_t byte : station.password02)
            QVERIFY((byte & 0x0F) <= 9 && (byte >> 4) <= 9); // six decimal digits

        UtilityKeys wrong;
        QCOMPARE(Keystore::open(path, "correct horse battery stapl", &wrong).code(),
                 Errc::kWrongPassphrase);
        QVERIFY(!wrong.valid());
    }

    // Pinned: commissioned meters hold these; a change to the derivation would shut the station
    // out of every meter in the field (the KDF itself is cross-checked against OpenSSL above).
    void lineSecretsKnownAnswer()
    {
        const UtilityKeys keys = testing::utilityKeys(testing::kUtility, testing::kSeed);
        card::LineSecrets line;
        QCOMPARE(keys.lineSecrets(testing::meterNumber("310100000001"), 1, &line), kOk);
        const auto hex = [](const std::array<std::uint8_t, 3> &bytes) {
            return QByteArray(reinterpret_cast<const char *>(bytes.data()), 3).toHex();
        };
        QCOMPARE(hex(line.password02), QByteArray("076820")); // 206807, low digit pair first
        QCOMPARE(hex(line.password04), QByteArray("032430"));
        QCOMPARE(line.modbusPin, std::uint16_t{17999});
    }

    void masterKeyIsNeverInTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.json"));
        const auto key = testing::masterKeyBytes(testing::kSeed);
        QCOMPARE(Keystore::write(path, 1, key, kPassphrase, kFast), kOk);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(masterBytes()));
        QVERIFY(!content.toLower().contains(masterBytes().toHex()));
        QVERIFY(!content.contains(kPassphrase));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QJsonObject kdf =
            QJsonDocument::fromJson(content).object().value(QStringLiteral("kdf")).toObject();
        QCOMPARE(kdf.value(QStringLiteral("N")).toInteger(), qint64(1 << 10));
        QCOMPARE(kdf.value(QStringLiteral("name")).toString(), QStringLiteral("scrypt"));
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("error");
        QTest::newRow("utility-id-changed") << "utilityId"
                                            << "3302" << int(Errc::kWrongPassphrase);
        QTest::newRow("format") << "format"
                                << "something" << int(Errc::kKeystoreFormat);
        QTest::newRow("ciphertext-short") << "masterKey"
                                          << "00ff" << int(Errc::kKeystoreFormat);
        QTest::newRow("ciphertext-flipped") << "masterKey"
                                            << "flip" << int(Errc::kWrongPassphrase);
    }

    void damagedFilesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, error);
        const QString path = m_dir.filePath(QStringLiteral("c.json"));
        QFile::remove(path);
        QCOMPARE(Keystore::write(path, 3301, testing::masterKeyBytes(1), kPassphrase, kFast), kOk);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        if (field == QLatin1String("utilityId")) {
            root[field] = value.toLongLong();
        } else if (value == QLatin1String("flip")) {
            QString hex = root[field].toString();
            hex[0] = hex[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            root[field] = hex;
        } else {
            root[field] = value;
        }
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        UtilityKeys keys;
        QCOMPARE(static_cast<int>(Keystore::open(path, kPassphrase, &keys).code()), error);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not json at all");
        file.close();
        QCOMPARE(Keystore::open(path, kPassphrase, &keys).code(), Errc::kKeystoreFormat);
        QCOMPARE(Keystore::open(m_dir.filePath(QStringLiteral("missing.json")), kPassphrase, &keys)
                     .code(),
                 Errc::kKeystoreFormat);
    }

    void changePassphraseKeepsTheKey()
    {
        const QString path = m_dir.filePath(QStringLiteral("d.json"));
        QCOMPARE(Keystore::create(path, 42, kPassphrase), kOk); // default cost
        UtilityKeys before;
        QCOMPARE(Keystore::open(path, kPassphrase, &before), kOk);
        std::array<std::uint8_t, 16> keyBefore{}, keyAfter{};
        const card::MeterNumber meter = testing::meterNumber("1");
        QCOMPARE(before.meterKey(meter, 1, keyBefore), kOk);

        QCOMPARE(Keystore::changePassphrase(path, "not it", "new passphrase 2").code(),
                 Errc::kWrongPassphrase);
        QCOMPARE(Keystore::changePassphrase(path, kPassphrase, "new passphrase 2"), kOk);
        UtilityKeys after;
        QCOMPARE(Keystore::open(path, kPassphrase, &after).code(), Errc::kWrongPassphrase);
        QCOMPARE(Keystore::open(path, "new passphrase 2", &after), kOk);
        QCOMPARE(after.utilityId(), 42u);
        QCOMPARE(after.meterKey(meter, 1, keyAfter), kOk);
        QCOMPARE(keyAfter, keyBefore);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()[QStringLiteral("kdf")]
                     .toObject()[QStringLiteral("N")]
                     .toInteger(),
                 qint64(1 << 17));
    }

    // A core dump of this process, taken while the master key is loaded and after it was used,
    // holds no copy of it: the key lives only in pages excluded from dumps. The key is made
    // inside the keystore; the test learns it only after the dump, by decrypting the file itself.
    void masterKeyIsNotInACoreDump()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("a core dump of an AddressSanitizer process includes its terabytes of shadow "
              "mappings; the dev build runs this test");
#endif
        const QString path = m_dir.filePath(QStringLiteral("e.json"));
        QCOMPARE(Keystore::create(path, 3301, kPassphrase, kFast), kOk);
        UtilityKeys keys;
        QCOMPARE(Keystore::open(path, kPassphrase, &keys), kOk);
        std::array<std::uint8_t, 16> meterKey{};
        QCOMPARE(keys.meterKey(testing::meterNumber("310100000001"), 1, meterKey), kOk);
        OpensslAead aead;
        QCOMPARE(keys.meterAead(testing::meterNumber("310100000001"), 1, aead), kOk);

        const QString core = m_dir.filePath(QStringLiteral("core"));
        QProcess gcore;
        gcore.start(QStringLiteral("gcore"),
                    {QStringLiteral("-o"), core, QString::number(getpid())});
        QVERIFY(gcore.waitForFinished(120000));
        const QString dump = core + QLatin1Char('.') + QString::number(getpid());
        QFile file(dump);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(gcore.readAllStandardError()));
        const QByteArray bytes = file.readAll();
        file.close();
        QFile::remove(dump);
        QVERIFY(bytes.size() > 1'000'000);

        const QByteArray master = decryptIndependently(path, kPassphrase);
        QCOMPARE(master.size(), 32);
        // The control: the derived meter key (ordinary memory) is found, so the search works.
        QVERIFY(bytes.contains(QByteArray(reinterpret_cast<const char *>(meterKey.data()), 16)));
        QVERIFY(!bytes.contains(master));
        QVERIFY(!bytes.contains(master.left(16)));
        QVERIFY(!bytes.contains(master.mid(16)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "tst_keystore.moc"
