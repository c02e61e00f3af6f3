#include <random>

#include <QTest>

#include "ampcard/card/aead.h"
#include "ampcard/card/aes.h"
#include "ampcard/card/ccm.h"
#include "ampcard/card/cmac.h"
#include "ampcard/card/kdf.h"
#include "ampcard/cardio/opensslcrypto.h"
#include "hex.h"

using namespace ampcard;
using namespace ampcard::card;
namespace ossl = ampcard::cardio::openssl;
using testing::hex;
using testing::toHex;
using Vector = std::vector<std::uint8_t>;

namespace {

Block toBlock(const Vector &bytes)
{
    Block block{};
    for (std::size_t i = 0; i < block.size() && i < bytes.size(); ++i)
        block[i] = bytes[i];
    return block;
}

Vector random(std::mt19937_64 &generator, std::size_t size)
{
    Vector bytes(size);
    for (std::uint8_t &byte : bytes)
        byte = static_cast<std::uint8_t>(generator());
    return bytes;
}

} // namespace

class TestCrypto : public QObject {
    Q_OBJECT

private slots:
    // FIPS-197 Appendix C.1 and C.3.
    void aesKnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("ciphertext");
        QTest::newRow("fips197-c1-aes128") << QByteArray("000102030405060708090a0b0c0d0e0f")
                                           << QByteArray("00112233445566778899aabbccddeeff")
                                           << QByteArray("69c4e0d86a7b0430d8cdb78070b4c55a");
        QTest::newRow("fips197-c3-aes256")
            << QByteArray("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
            << QByteArray("00112233445566778899aabbccddeeff")
            << QByteArray("8ea2b7ca516745bfeafc49904b496089");
    }

    void aesKnownAnswers()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, ciphertext);
        const Vector k = hex(key.constData());
        Aes aes;
        QCOMPARE(aes.setKey(k), kOk);
        Block out;
        aes.encrypt(toBlock(hex(plaintext.constData())), out);
        QCOMPARE(toHex(out), QString::fromLatin1(ciphertext));
        Block viaOpenssl;
        QCOMPARE(ossl::aesEncryptBlock(k, toBlock(hex(plaintext.constData())), viaOpenssl), kOk);
        QCOMPARE(toHex(viaOpenssl), QString::fromLatin1(ciphertext));
    }

    void aesRefusesOtherKeyLengths()
    {
        Aes aes;
        const Vector key24(24);
        QCOMPARE(aes.setKey(key24).code(), Errc::kKeyLength);
        QVERIFY(!aes.hasKey());
        Block out;
        QCOMPARE(ossl::aesEncryptBlock(key24, Block{}, out).code(), Errc::kKeyLength);
    }

    // NIST SP 800-38B Appendix D.1 (AES-128) and D.3 (AES-256).
    void cmacKnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("tag");
        const QByteArray key128("2b7e151628aed2a6abf7158809cf4f3c");
        const QByteArray key256("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        const QByteArray message(
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
            "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
        QTest::newRow("sp800-38b-aes128-empty")
            << key128 << QByteArray() << QByteArray("bb1d6929e95937287fa37d129b756746");
        QTest::newRow("sp800-38b-aes128-16")
            << key128 << message.left(32) << QByteArray("070a16b46b4d4144f79bdd9dd04a287c");
        QTest::newRow("sp800-38b-aes128-40")
            << key128 << message.left(80) << QByteArray("dfa66747de9ae63030ca32611497c827");
        QTest::newRow("sp800-38b-aes128-64")
            << key128 << message << QByteArray("51f0bebf7e3b9d92fc49741779363cfe");
        QTest::newRow("sp800-38b-aes256-empty")
            << key256 << QByteArray() << QByteArray("028962f61b7bf89efc6b551f4667d983");
        QTest::newRow("sp800-38b-aes256-16")
            << key256 << message.left(32) << QByteArray("28a7023f452e8f82bd4bf28d8c37c35c");
    }

    void cmacKnownAnswers()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, tag);
        const Vector k = hex(key.constData());
        const Vector m = hex(message.constData());
        Aes aes;
        QCOMPARE(aes.setKey(k), kOk);
        QCOMPARE(toHex(Cmac::compute(aes, m)), QString::fromLatin1(tag));
        // Streaming in uneven pieces gives the same tag.
        Cmac streaming(aes);
        for (std::size_t offset = 0; offset < m.size(); offset += 7)
            streaming.update(
                ConstBytes(m).subspan(offset, std::min<std::size_t>(7, m.size() - offset)));
        Block streamed;
        streaming.finish(streamed);
        QCOMPARE(toHex(streamed), QString::fromLatin1(tag));
        Block viaOpenssl;
        QCOMPARE(ossl::cmac(k, m, viaOpenssl), kOk);
        QCOMPARE(toHex(viaOpenssl), QString::fromLatin1(tag));
    }

    // NIST SP 800-38C Appendix C, examples 1 to 3.
    void ccmKnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QByteArray>("associatedData");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("sealed"); // ciphertext || tag
        QTest::newRow("sp800-38c-example1")
            << QByteArray("10111213141516") << QByteArray("0001020304050607")
            << QByteArray("20212223") << QByteArray("7162015b4dac255d");
        QTest::newRow("sp800-38c-example2")
            << QByteArray("1011121314151617") << QByteArray("000102030405060708090a0b0c0d0e0f")
            << QByteArray("202122232425262728292a2b2c2d2e2f")
            << QByteArray("d2a1f0e051ea5f62081a7792073d593d1fc64fbfaccd");
        QTest::newRow("sp800-38c-example3")
            << QByteArray("101112131415161718191a1b")
            << QByteArray("000102030405060708090a0b0c0d0e0f10111213")
            << QByteArray("202122232425262728292a2b2c2d2e2f3031323334353637")
            << QByteArray("e3b201a9f5b71a7a9b1ceaeccd97e70b6176aad9a4428aa5484392fbc1b09951");
    }

    void ccmKnownAnswers()
    {
        QFETCH(QByteArray, nonce);
        QFETCH(QByteArray, associatedData);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, sealed);
        const Vector key = hex("404142434445464748494a4b4c4d4e4f");
        const Vector n = hex(nonce.constData());
        const Vector a = hex(associatedData.constData());
        const Vector p = hex(plaintext.constData());
        const Vector expected = hex(sealed.constData());
        const std::size_t tagSize = expected.size() - p.size();

        Aes aes;
        QCOMPARE(aes.setKey(key), kOk);
        Vector ciphertext(p.size());
        Vector tag(tagSize);
        QCOMPARE(ccmEncrypt(aes, n, a, p, ciphertext, tag), kOk);
        Vector joined = ciphertext;
        joined.insert(joined.end(), tag.begin(), tag.end());
        QCOMPARE(toHex(joined), QString::fromLatin1(sealed));

        Vector opensslCiphertext(p.size());
        Vector opensslTag(tagSize);
        QCOMPARE(ossl::ccmEncrypt(key, n, a, p, opensslCiphertext, opensslTag), kOk);
        QCOMPARE(opensslCiphertext, ciphertext);
        QCOMPARE(opensslTag, tag);

        Vector opened(p.size());
        QCOMPARE(ccmDecrypt(aes, n, a, ciphertext, tag, opened), kOk);
        QCOMPARE(opened, p);
        QCOMPARE(ossl::ccmDecrypt(key, n, a, ciphertext, tag, opened), kOk);
        QCOMPARE(opened, p);
    }

    void ccmRefusesEveryTamperedByte()
    {
        const Vector key = hex("404142434445464748494a4b4c4d4e4f");
        const Vector nonce = hex("101112131415161718191a1b1c");
        const Vector aad = hex("00010203040506070809");
        const Vector plaintext = hex("202122232425262728292a2b2c2d2e2f30313233");
        Aes aes;
        QCOMPARE(aes.setKey(key), kOk);
        Vector ciphertext(plaintext.size());
        Vector tag(kTagSize);
        QCOMPARE(ccmEncrypt(aes, nonce, aad, plaintext, ciphertext, tag), kOk);

        auto refused = [&](const Vector &n, const Vector &a, const Vector &c, const Vector &t) {
            Vector out(c.size(), 0xee);
            const bool portable = ccmDecrypt(aes, n, a, c, t, out).code() == Errc::kAuthFailed &&
                                  out == Vector(c.size(), 0);
            Vector outOpenssl(c.size(), 0xee);
            const bool viaOpenssl =
                ossl::ccmDecrypt(key, n, a, c, t, outOpenssl).code() == Errc::kAuthFailed;
            return portable && viaOpenssl;
        };
        for (std::size_t bit = 0; bit < ciphertext.size() * 8; ++bit) {
            Vector flipped = ciphertext;
            flipped[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
            QVERIFY(refused(nonce, aad, flipped, tag));
        }
        for (std::size_t bit = 0; bit < tag.size() * 8; ++bit) {
            Vector flipped = tag;
            flipped[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
            QVERIFY(refused(nonce, aad, ciphertext, flipped));
        }
        for (std::size_t bit = 0; bit < aad.size() * 8; ++bit) {
            Vector flipped = aad;
            flipped[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
            QVERIFY(refused(nonce, flipped, ciphertext, tag));
        }
        Vector otherNonce = nonce;
        otherNonce[12] ^= 1;
        QVERIFY(refused(otherNonce, aad, ciphertext, tag));
    }

    void ccmRefusesBadParameters()
    {
        Aes aes;
        QCOMPARE(aes.setKey(Vector(16)), kOk);
        Vector out(4);
        Vector tag(8);
        QCOMPARE(ccmEncrypt(aes, Vector(6), {}, Vector(4), out, tag).code(), Errc::kBadParameter);
        QCOMPARE(ccmEncrypt(aes, Vector(14), {}, Vector(4), out, tag).code(), Errc::kBadParameter);
        Vector oddTag(7);
        QCOMPARE(ccmEncrypt(aes, Vector(13), {}, Vector(4), out, oddTag).code(),
                 Errc::kBadParameter);
        Vector shortOut(3);
        QCOMPARE(ccmEncrypt(aes, Vector(13), {}, Vector(4), shortOut, tag).code(),
                 Errc::kBufferSize);
    }

    // Portable and OpenSSL agree on random keys, nonces, data; each opens what the other sealed.
    void backendsAgreeOnRandomInputs()
    {
        std::mt19937_64 generator(0xA3C0DE);
        for (int trial = 0; trial < 400; ++trial) {
            const std::size_t keySize = trial % 2 == 0 ? 16 : 32;
            const Vector key = random(generator, keySize);
            Aes aes;
            QCOMPARE(aes.setKey(key), kOk);

            const Block block = toBlock(random(generator, 16));
            Block portableBlock;
            Block opensslBlock;
            aes.encrypt(block, portableBlock);
            QCOMPARE(ossl::aesEncryptBlock(key, block, opensslBlock), kOk);
            QCOMPARE(portableBlock, opensslBlock);

            const Vector message = random(generator, generator() % 300);
            Block opensslTag;
            QCOMPARE(ossl::cmac(key, message, opensslTag), kOk);
            QCOMPARE(Cmac::compute(aes, message), opensslTag);

            const Vector nonce = random(generator, 7 + generator() % 7);
            const Vector aad = random(generator, generator() % 64);
            const Vector plaintext = random(generator, generator() % 300);
            const std::size_t tagSize = 4 + 2 * (generator() % 7);
            Vector c1(plaintext.size()), t1(tagSize), c2(plaintext.size()), t2(tagSize);
            QCOMPARE(ccmEncrypt(aes, nonce, aad, plaintext, c1, t1), kOk);
            QCOMPARE(ossl::ccmEncrypt(key, nonce, aad, plaintext, c2, t2), kOk);
            QCOMPARE(c1, c2);
            QCOMPARE(t1, t2);
            Vector opened(plaintext.size());
            QCOMPARE(ossl::ccmDecrypt(key, nonce, aad, c1, t1, opened), kOk);
            QCOMPARE(opened, plaintext);

            const Vector label = random(generator, generator() % 20);
            const Vector context = random(generator, generator() % 40);
            Vector derived(1 + generator() % 64);
            Vector derivedOpenssl(derived.size());
            QCOMPARE(deriveKey(aes, label, context, derived), kOk);
            QCOMPARE(ossl::deriveKey(key, label, context, derivedOpenssl), kOk);
            QCOMPARE(derived, derivedOpenssl);
        }
    }

    void aeadInterfaceSealsAndOpens()
    {
        const Vector key = hex("000102030405060708090a0b0c0d0e0f");
        PortableAead portable;
        cardio::OpensslAead viaOpenssl;
        QCOMPARE(portable.setKey(key), kOk);
        QCOMPARE(viaOpenssl.setKey(key), kOk);
        const Vector nonce(kNonceSize, 7);
        const Vector plaintext = hex("0102030405");
        Vector ciphertext(plaintext.size()), tag(kTagSize), opened(plaintext.size());
        QCOMPARE(viaOpenssl.seal(nonce, {}, plaintext, ciphertext, tag), kOk);
        QCOMPARE(portable.open(nonce, {}, ciphertext, tag, opened), kOk);
        QCOMPARE(opened, plaintext);
    }
};

QTEST_APPLESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
