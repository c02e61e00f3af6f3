// Card work per sale through pcscd + vpcd + ampcard-vcard (median, p99, APDUs), the same in
// process, and the throughput of the portable cryptography against OpenSSL. Prints a table.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "ampcard/card/aead.h"
#include "ampcard/card/cardapp.h"
#include "ampcard/card/meterkey.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/localcard.h"
#include "ampcard/cardio/opensslcrypto.h"
#include "ampcard/cardio/pcscreader.h"
#include "rows.h"

using namespace ampcard;
using namespace ampcard::card;
using namespace ampcard::cardio;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::uint32_t kUtility = 1;

UtilityKeys keys()
{
    SecureBytes master(32);
    for (std::size_t i = 0; i < 32; ++i)
        master.bytes()[i] = static_cast<std::uint8_t>(i * 3 + 1);
    return UtilityKeys(kUtility, std::move(master));
}

struct Stats {
    double median = 0;
    double p99 = 0;
    int apdus = 0;
};

Stats stats(std::vector<double> samples, int apdus)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples[samples.size() * 99 / 100], apdus};
}

// One sale's card work: read the card (feedback), write the purchase, read back and compare.
Stats saleCardWork(ApduChannel &channel, int sales)
{
    const UtilityKeys utility = keys();
    const MeterNumber meter = MeterNumber::parse("310100000001").value();
    OpensslAead aead;
    if (!utility.meterAead(meter, 1, aead).ok())
        std::abort();
    CardService service(channel);
    std::vector<double> samples;
    int apdus = 0;
    for (int i = 0; i < sales; ++i) {
        Token token;
        token.utilityId = kUtility;
        token.meter = meter;
        token.keyVersion = 1;
        token.sequence = static_cast<std::uint32_t>(i + 1);
        token.cardSerial = 0x1001;
        token.amount = tariff::Money::fromWhole(100);
        channel.resetApduCount();
        const auto start = Clock::now();
        CardContents contents;
        if (!service.read(contents).ok() || !service.writeToken(contents, token, aead).ok()) {
            std::fprintf(stderr, "sale %d failed\n", i);
            std::exit(1);
        }
        samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        apdus = channel.apduCount();
    }
    return stats(samples, apdus);
}

// The round trip of one short APDU (SELECT MF, no answer data) through pcscd and vpcd to the
// card in reader 00 01: what a card emulator adds to every command.
double apduRoundTrip(PcscReader &reader, int count)
{
    const std::uint8_t select[] = {0x00, 0xA4, 0x00, 0x0C, 0x02, 0x3F, 0x00};
    std::vector<double> samples;
    for (int i = 0; i < count; ++i) {
        const auto start = Clock::now();
        const ApduResponse response = reader.exchange(select);
        if (!response.status.ok())
            return -1;
        samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return stats(samples, 1).median;
}

// Starts a card emulator on vpcd port 35964 and connects to it; false when it never shows up.
bool startCard(QProcess &card, const QString &program, const QStringList &arguments,
               PcscReader &reader)
{
    const QString name = QStringLiteral("Virtual PCD 00 01");
    if (!reader.waitForRemoval(name, 5000).ok())
        return false;
    card.start(program, arguments);
    return card.waitForStarted(5000) && reader.waitForCard(name, 15000).ok() &&
           reader.connect(name, Share::kExclusive).ok();
}

template <typename F> double perSecond(F &&operation, int count)
{
    const auto start = Clock::now();
    for (int i = 0; i < count; ++i)
        operation();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return count / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    BenchRows rows(argc, argv);
    QTemporaryDir dir;
    std::printf("| measurement | median | p99 | APDUs |\n|---|---|---|---|\n");
    for (const char *protocol : {"t1", "t0"}) {
        MemoryStore store;
        (void)formatCard(store, CardId{CardKind::kUser, 0x1001, 0});
        LocalCard local(store, std::string_view(protocol) == "t0" ? Protocol::kT0 : Protocol::kT1);
        const Stats inProcess = saleCardWork(local, 2000);
        std::printf("| sale card work, in process, %s | %.3f ms | %.3f ms | %d |\n", protocol,
                    inProcess.median, inProcess.p99, inProcess.apdus);
        rows.add(QStringLiteral("Card work per sale"),
                 QStringLiteral("read + write + read back, in process (LocalCard), %1")
                     .arg(QString::fromLatin1(protocol).toUpper()),
                 {},
                 QStringLiteral("%1 ms median, %2 ms p99, %3 APDUs")
                     .arg(inProcess.median, 0, 'f', 3)
                     .arg(inProcess.p99, 0, 'f', 3)
                     .arg(inProcess.apdus));
    }
    const char *vcard = AMPCARD_VCARD;
    for (const char *protocol : {"t1", "t0"}) {
        const QString image =
            dir.filePath(QStringLiteral("bench-%1.img").arg(QLatin1String(protocol)));
        QProcess::execute(QString::fromLatin1(vcard),
                          {QStringLiteral("--image"), image, QStringLiteral("--create"),
                           QStringLiteral("user"), QStringLiteral("--serial"),
                           QStringLiteral("1001"), QStringLiteral("--protocol"),
                           QLatin1String(protocol), QStringLiteral("--create-only")});
        QProcess card;
        card.start(QString::fromLatin1(vcard),
                   {QStringLiteral("--image"), image, QStringLiteral("--port"),
                    QStringLiteral("35964"), QStringLiteral("--quiet")});
        PcscReader reader;
        const QString name = QStringLiteral("Virtual PCD 00 01");
        if (!reader.waitForRemoval(name, 5000).ok() || !reader.waitForCard(name, 10000).ok() ||
            !reader.connect(name, Share::kExclusive).ok()) {
            std::fprintf(stderr, "no virtual card in %s: is pcscd running with vpcd?\n",
                         qPrintable(name));
            return 1;
        }
        const Stats viaPcsc = saleCardWork(reader, 500);
        std::printf(
            "| sale card work, pcscd + vpcd + ampcard-vcard, %s | %.3f ms | %.3f ms | %d |\n",
            protocol, viaPcsc.median, viaPcsc.p99, viaPcsc.apdus);
        rows.add(QStringLiteral("Card work per sale"),
                 QStringLiteral("read + write + read back, pcscd + vpcd + ampcard-vcard, %1")
                     .arg(QString::fromLatin1(protocol).toUpper()),
                 QStringLiteral("≤ 5 ms, ≤ 8 APDUs"),
                 QStringLiteral("%1 ms median, %2 ms p99, %3 APDUs")
                     .arg(viaPcsc.median, 0, 'f', 3)
                     .arg(viaPcsc.p99, 0, 'f', 3)
                     .arg(viaPcsc.apdus));
        reader.disconnect();
        card.terminate();
        card.waitForFinished(5000);
    }

    // One APDU's round trip: ampcard-vcard against upstream vicc (vsmartcard's Python emulator,
    // Debian's vsmartcard-vpicc; scripts/bench.sh makes it importable, see docs/PERFORMANCE.md).
    double ours = -1;
    {
        const QString image = dir.filePath(QStringLiteral("bench-t1.img"));
        QProcess card;
        PcscReader reader;
        if (startCard(card, QString::fromLatin1(vcard),
                      {QStringLiteral("--image"), image, QStringLiteral("--port"),
                       QStringLiteral("35964"), QStringLiteral("--quiet")},
                      reader))
            ours = apduRoundTrip(reader, 1000);
        reader.disconnect();
        card.terminate();
        card.waitForFinished(5000);
    }
    double theirs = -1;
    const QString vicc = qEnvironmentVariable("AMPCARD_VICC");
    if (!vicc.isEmpty()) {
        QProcess card;
        PcscReader reader;
        if (startCard(card, vicc,
                      {QStringLiteral("-t"), QStringLiteral("iso7816"), QStringLiteral("-P"),
                       QStringLiteral("35964")},
                      reader))
            theirs = apduRoundTrip(reader, 1000);
        reader.disconnect();
        card.kill();
        card.waitForFinished(5000);
    }
    std::printf("\none APDU round trip (SELECT MF): ampcard-vcard %.3f ms, vicc %.3f ms\n", ours,
                theirs);
    rows.add(QStringLiteral("Card work per sale"),
             QStringLiteral("one APDU round trip through pcscd + vpcd (SELECT MF, T=1)"), {},
             QStringLiteral("%1 ms median (ampcard-vcard)").arg(ours, 0, 'f', 3),
             theirs > 0 ? QStringLiteral("%1 ms median (upstream vicc 0.8, Python, -t iso7816)")
                              .arg(theirs, 0, 'f', 3)
                        : QStringLiteral("vicc not run (set AMPCARD_VICC)"));

    std::printf("\n| crypto (one core) | portable | OpenSSL |\n|---|---|---|\n");
    std::array<std::uint8_t, 16> key16{};
    std::array<std::uint8_t, 32> key32{};
    key16.fill(7);
    key32.fill(9);
    Aes aes128, aes256;
    (void)aes128.setKey(key16);
    (void)aes256.setKey(key32);
    Block block{};
    const double portable128 = perSecond([&] { aes128.encrypt(block, block); }, 2'000'000);
    const double openssl128 =
        perSecond([&] { (void)openssl::aesEncryptBlock(key16, block, block); }, 200'000);
    std::printf(
        "| AES-128 block (16 B) | %.2f M/s (%.0f MB/s) | %.2f M/s (EVP context per call) |\n",
        portable128 / 1e6, portable128 * 16 / 1e6, openssl128 / 1e6);
    const QString crypto =
        QStringLiteral("Cryptography (one core; the firmware runs the portable code)");
    rows.add(crypto, QStringLiteral("AES-128 block"), {},
             QStringLiteral("%1 M/s portable").arg(portable128 / 1e6, 0, 'f', 2),
             QStringLiteral("%1 M/s OpenSSL 3 (an EVP context per call)")
                 .arg(openssl128 / 1e6, 0, 'f', 2));
    const double portable256 = perSecond([&] { aes256.encrypt(block, block); }, 2'000'000);
    std::printf("| AES-256 block (16 B) | %.2f M/s (%.0f MB/s) | |\n", portable256 / 1e6,
                portable256 * 16 / 1e6);
    rows.add(crypto, QStringLiteral("AES-256 block"), {},
             QStringLiteral("%1 M/s portable").arg(portable256 / 1e6, 0, 'f', 2));
    PortableAead portableAead;
    (void)portableAead.setKey(key16);
    OpensslAead opensslAead;
    (void)opensslAead.setKey(key16);
    std::array<std::uint8_t, 64> record{};
    std::array<std::uint8_t, 64> sealed{};
    std::array<std::uint8_t, 8> tag{};
    std::array<std::uint8_t, 13> nonce{};
    const std::array<std::uint8_t, 32> aad{};
    const double ccmPortable =
        perSecond([&] { (void)portableAead.seal(nonce, aad, record, sealed, tag); }, 300'000);
    const double ccmOpenssl =
        perSecond([&] { (void)opensslAead.seal(nonce, aad, record, sealed, tag); }, 300'000);
    std::printf("| AES-128-CCM seal, 64-byte record + 32-byte AAD | %.0f k/s | %.0f k/s |\n",
                ccmPortable / 1e3, ccmOpenssl / 1e3);
    rows.add(crypto, QStringLiteral("AES-128-CCM seal, 64-byte record, 32-byte AAD"), {},
             QStringLiteral("%1 k/s portable").arg(ccmPortable / 1e3, 0, 'f', 0),
             QStringLiteral("%1 k/s OpenSSL 3").arg(ccmOpenssl / 1e3, 0, 'f', 0));
    const MeterNumber meter = MeterNumber::parse("310100000001").value();
    std::array<std::uint8_t, 16> meterKey{};
    const double kdfPortable =
        perSecond([&] { (void)deriveMeterKey(aes256, kUtility, meter, 1, meterKey); }, 100'000);
    const UtilityKeys utility = keys();
    const double kdfOpenssl =
        perSecond([&] { (void)utility.meterKey(meter, 1, meterKey); }, 20'000);
    std::printf("| meter key derivation (KDF, CMAC-AES-256) | %.0f k/s | %.0f k/s |\n",
                kdfPortable / 1e3, kdfOpenssl / 1e3);
    rows.add(crypto, QStringLiteral("meter key derivation (KDF with CMAC-AES-256)"), {},
             QStringLiteral("%1 k/s portable").arg(kdfPortable / 1e3, 0, 'f', 0),
             QStringLiteral("%1 k/s OpenSSL 3 (KBKDF fetched per call)")
                 .arg(kdfOpenssl / 1e3, 0, 'f', 0));
    return 0;
}
