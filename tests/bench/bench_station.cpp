// The station's ledger at a utility's size: 100,000 customers and 100,000 journal entries in a real
// SQLite file (WAL, synchronous=FULL), then the sale service end to end with the card in
// ampcard-vcard behind the real pcscd, then 1,000,000 sales for the Z report and the ledger's
// open. Prints a table: median and p99 of each operation.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include "ampcard/card/cardapp.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/cardio/pcscreader.h"
#include "ampcard/station/carddesk.h"
#include "bulksales.h"
#include "rows.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"

using namespace ampcard::station;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kCustomers = 100'000;
constexpr int kEntries = 100'000;
constexpr int kEntriesPerTransaction = 1000;

const char *const kGiven[] = {"Ana",    "Ben",   "Chanda", "Dumisani", "Esther",
                              "Fatima", "Grace", "Hassan", "Imani",    "Joseph",
                              "Kofi",   "Li",    "Mei",    "Nomvula"};
const char *const kFamily[] = {"Mwale",  "Banda",  "Phiri",   "Zulu",   "Okafor", "Wang", "Chen",
                               "Mensah", "Ndlovu", "Kariuki", "Sharma", "Khan",   "Liu",  "Moyo"};

double milliseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

BenchRows *g_rows = nullptr;

void row(const char *what, std::vector<double> samples, const char *target)
{
    std::sort(samples.begin(), samples.end());
    const double median = samples[samples.size() / 2];
    const double p99 = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    std::printf("| %-44s | %9.3f | %9.3f | %-10s |\n", what, median, p99, target);
    g_rows->add(
        QStringLiteral("Station: ledger at scale and sale end to end"), QString::fromUtf8(what),
        QString::fromUtf8(target).replace(QStringLiteral("<="), QStringLiteral("≤")),
        QStringLiteral("%1 ms median, %2 ms p99").arg(median, 0, 'f', 3).arg(p99, 0, 'f', 3));
}

std::vector<double> repeat(int times, const std::function<void(int)> &work)
{
    std::vector<double> samples;
    for (int i = 0; i < times; ++i) {
        const auto start = Clock::now();
        work(i);
        samples.push_back(milliseconds(Clock::now() - start));
    }
    return samples;
}

constexpr std::uint32_t kUtility = 3301;

// The meter's visit, untimed between two sales: it loads the card (its credit counted, as the
// meter's proof carries it) and writes its return record.
struct MeterFigures {
    std::uint32_t loads = 0;
    std::int64_t creditLoaded = 0;
};

void meterWritesReturn(ampcard::cardio::CardService &service,
                       const ampcard::cardio::UtilityKeys &keys, std::uint32_t lastSequence,
                       MeterFigures &figures)
{
    using namespace ampcard;
    cardio::CardContents contents;
    if (!service.read(contents).ok())
        qFatal("card read");
    if (card::Token token; cardio::CardService::openIssueToken(contents, keys, token).ok() &&
                           token.sequence == lastSequence && token.amount.raw() > 0) {
        ++figures.loads;
        figures.creditLoaded += token.amount.raw();
    }
    card::ReturnRecord record;
    record.utilityId = kUtility;
    record.meter = card::MeterNumber::parse("310100000001").value();
    record.keyVersion = 1;
    record.lastSequence = lastSequence;
    record.purchaseCount = figures.loads;
    record.creditLoaded = tariff::Money::fromRaw(figures.creditLoaded);
    record.activeTariffId = 1;
    record.time = 800'000'000 + lastSequence;
    cardio::OpensslAead key;
    if (!keys.meterAead(record.meter, 1, key).ok())
        qFatal("key");
    std::array<std::uint8_t, card::kHeaderSize> header{};
    std::array<std::uint8_t, card::kReturnBodySize + card::kTagSize> body{};
    const std::array<std::uint8_t, card::kSaltSize> salt{};
    if (!card::sealReturn(record, key, card::writeTarget(contents.returns).generation, salt, header,
                          body)
             .ok() ||
        !service.writeReturn(contents, header, body).ok())
        qFatal("return record");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    BenchRows rows(argc, argv);
    g_rows = &rows;
    // --sale-only: a small ledger and the sale end to end alone (for profiling the sale).
    const bool saleOnly = QCoreApplication::arguments().contains(QStringLiteral("--sale-only"));
    const int customerCount = saleOnly ? 10 : kCustomers;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    Ledger ledger;
    if (!ledger.open(path, true))
        qFatal("%s", qPrintable(ledger.errorString()));
    ampcard::cardio::SecureBytes master(32);
    for (std::size_t i = 0; i < 32; ++i)
        master.bytes()[i] = static_cast<std::uint8_t>(i * 7 + 1);
    const ampcard::cardio::UtilityKeys keys(kUtility, std::move(master));
    // The keystore unlocked: the journal and the audit log are sealed from the first line.
    if (!ledger.takeKey(Ledger::chainKey(keys, ledger.stationId())))
        qFatal("%s", qPrintable(ledger.errorString()));
    Operators operators(ledger, 1000);
    if (!operators.addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("A"),
                                         QStringLiteral("admin-pass")))
        qFatal("no administrator");
    const Session admin = *operators.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass"));

    QByteArray csv("number,name,address,phone\n");
    for (int i = 0; i < customerCount; ++i) {
        csv += QStringLiteral("%1,%2 %3,%4 Plot %5 Road,09%6\n")
                   .arg(1'000'000 + i)
                   .arg(QLatin1String(kGiven[i % 14]), QLatin1String(kFamily[(i / 14) % 14]))
                   .arg(i % 997)
                   .arg(i)
                   .arg(i * 7919 % 100'000'000, 8, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    const auto importStart = Clock::now();
    Customers customers(ledger);
    if (customers.importCsv(admin, csv) != customerCount)
        qFatal("import failed: %s", qPrintable(customers.errorString()));
    const double importMs = milliseconds(Clock::now() - importStart);

    const auto appendStart = Clock::now();
    for (int done = 0; !saleOnly && done < kEntries; done += kEntriesPerTransaction) {
        ledger.database().transaction();
        for (int i = 0; i < kEntriesPerTransaction; ++i) {
            LedgerEntry entry;
            entry.kind = QStringLiteral("fee"); // entries with no sales row behind them
            entry.meter = QStringLiteral("3101%1").arg(done + i, 8, 10, QLatin1Char('0'));
            entry.amount = 1'000'000 + i;
            entry.detail = QStringLiteral("{\"lines\":[]}");
            if (!ledger.append(entry))
                qFatal("%s", qPrintable(ledger.errorString()));
        }
        ledger.database().commit();
    }
    const double fillMs = milliseconds(Clock::now() - appendStart);

    std::printf("Ledger with %d customers and %d journal entries (%s)\n\n", kCustomers, kEntries,
                "SQLite WAL, synchronous=FULL");
    std::printf("| %-44s | %9s | %9s | %-10s |\n", "operation", "median ms", "p99 ms", "target");
    std::printf("|%s|%s|%s|%s|\n", "----------------------------------------------", "-----------",
                "-----------", "------------");
    row("customer search: exact number",
        repeat(200, [&](int i) { (void)customers.find(QString::number(1'000'000 + i * 431)); }),
        "<= 20 ms");
    row("customer search: part of a name (\"Wang\")",
        repeat(200, [&](int i) { (void)customers.find(QLatin1String(kFamily[i % 14])); }),
        "<= 20 ms");
    row("customer search: part of a phone (5 digits)",
        repeat(200,
               [&](int i) {
                   (void)customers.find(
                       QStringLiteral("%1").arg(i * 7919 % 100'000, 5, 10, QLatin1Char('0')));
               }),
        "<= 20 ms");
    row("customer search: two letters",
        repeat(200, [&](int i) { (void)customers.find(QLatin1String(kGiven[i % 14]).left(2)); }),
        "<= 20 ms");
    row("journal append (own transaction, fsync)",
        repeat(200,
               [&](int i) {
                   LedgerEntry entry;
                   entry.kind = QStringLiteral("fee");
                   entry.amount = i;
                   if (!ledger.append(entry))
                       qFatal("append failed");
               }),
        "-");
    row("ledger verify, keyed (whole chain)",
        repeat(5,
               [&](int) {
                   if (ledger.verify().brokenAt)
                       qFatal("chain broken");
               }),
        "-");

    // ---- the sale service with the card on pcscd + vpcd + ampcard-vcard -------------------------
    Settings settingsStore(ledger);
    StationSettings settings;
    settings.utilityId = kUtility;
    settings.fees.vatBasisPoints = 1600;
    settings.fees.monthlyFixedCharge = ampcard::tariff::Money::fromWhole(50);
    if (!settingsStore.save(admin, settings) ||
        TariffPlans(ledger).addVersion(
            admin, QStringLiteral("R1"),
            R"({"name":"R1","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
            R"("steps":[{"price":"25.1000"}]})",
            QDateTime::currentDateTimeUtc()) != 1)
        qFatal("station settings");
    if (!Shifts(ledger).open(admin))
        qFatal("shift");
    const QString image = dir.filePath(QStringLiteral("sale.img"));
    QProcess::execute(QStringLiteral(AMPCARD_VCARD),
                      {QStringLiteral("--image"), image, QStringLiteral("--create"),
                       QStringLiteral("user"), QStringLiteral("--serial"), QStringLiteral("1001"),
                       QStringLiteral("--protocol"), QStringLiteral("t1"),
                       QStringLiteral("--create-only")});
    QProcess vcard;
    vcard.start(QStringLiteral(AMPCARD_VCARD),
                {QStringLiteral("--image"), image, QStringLiteral("--port"),
                 QStringLiteral("35964"), QStringLiteral("--quiet")});
    ampcard::cardio::PcscReader reader;
    const QString readerName = QStringLiteral("Virtual PCD 00 01");
    if (!reader.waitForRemoval(readerName, 5000).ok() ||
        !reader.waitForCard(readerName, 10000).ok() || !reader.connect(readerName).ok())
        qFatal("no virtual card: is pcscd running with vpcd?");
    ampcard::cardio::CardService service(reader);
    CardDesk desk(ledger, keys, reader);
    AccountRequest account;
    account.customerNumber = QStringLiteral("1000000");
    account.meter.number = QStringLiteral("310100000001");
    account.meter.tariffPlan = QStringLiteral("R1");
    if (!desk.openAccount(admin, account))
        qFatal("%s", qPrintable(desk.errorString()));
    std::vector<double> sales;
    SaleRequest request;
    request.money = ampcard::tariff::Money::fromWhole(200);
    MeterFigures figures;
    for (std::uint32_t sequence = 1; sequence <= 300; ++sequence) {
        meterWritesReturn(service, keys, sequence, figures);
        const auto start = Clock::now();
        if (!desk.sell(admin, QStringLiteral("310100000001"), request))
            qFatal("%s", qPrintable(desk.errorString()));
        sales.push_back(milliseconds(Clock::now() - start));
    }
    row("sale end to end with ampcard-vcard (T=1)", sales, "<= 3 ms median, <= 8 ms p99");
    reader.disconnect();
    vcard.terminate();
    vcard.waitForFinished(5000);
    if (saleOnly)
        return 0;

    // ---- 1,000,000 sales
    // ----------------------------------------------------------------------------
    const auto fillSalesStart = Clock::now();
    bench::fillSales(ledger);
    const double fillSalesMs = milliseconds(Clock::now() - fillSalesStart);
    row("sales against the journal: 1M sales (crossCheck)",
        repeat(3,
               [&](int) {
                   if (const QString mismatch = ledger.crossCheck(); !mismatch.isEmpty())
                       qFatal("%s", qPrintable(mismatch));
               }),
        "-");
    row("ledger verify, keyed: 1.1M entries, audit, state, 1M sales",
        repeat(3,
               [&](int) {
                   if (!ledger.verify().whole())
                       qFatal("%s", qPrintable(ledger.verify().reason));
               }),
        "<= 2000 ms (chain)");
    Shifts shifts(ledger);
    row("Z report: 1,000-sale shift among 1M sales",
        repeat(5,
               [&](int i) {
                   if (!shifts.close(admin, QStringLiteral("bulk%1").arg(i + 1)))
                       qFatal("%s", qPrintable(shifts.errorString()));
               }),
        "<= 200 ms");
    Reports reports(ledger);
    row("daily report over 1M sales",
        repeat(20,
               [&](int i) {
                   if (!reports.daily(admin, QDate::currentDate().addDays(-i * 7)))
                       qFatal("report");
               }),
        "-");
    ledger.close();
    row("ledger open (1M sales, 100k customers)",
        repeat(20,
               [&](int) {
                   Ledger again;
                   if (!again.open(path, false))
                       qFatal("open failed");
               }),
        "<= 1000 ms");
    std::printf("\nset-up: import of %d customers %.0f ms; %d entries appended in %.0f ms; %d "
                "sales inserted in %.0f ms\n",
                kCustomers, importMs, kEntries, fillMs, bench::kBulkSales, fillSalesMs);
    rows.add(QStringLiteral("Station: ledger at scale and sale end to end"),
             QStringLiteral("set-up: import %1 customers from CSV (one transaction, FTS index)")
                 .arg(kCustomers),
             {}, QStringLiteral("%1 s").arg(importMs / 1000, 0, 'f', 1));
    rows.add(QStringLiteral("Station: ledger at scale and sale end to end"),
             QStringLiteral("set-up: insert %1 completed sales").arg(bench::kBulkSales), {},
             QStringLiteral("%1 s").arg(fillSalesMs / 1000, 0, 'f', 1));
    return 0;
}
