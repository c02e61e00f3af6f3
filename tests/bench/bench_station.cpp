// The station's ledger at a utility's size: 100,000 customers and 100,000 journal entries in a real
// SQLite file (WAL, synchronous=FULL). Prints a table: median and p99 of each operation.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include <QCoreApplication>
#include <QTemporaryDir>

#include "ampcard/station/customers.h"
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

void row(const char *what, std::vector<double> samples, const char *target)
{
    std::sort(samples.begin(), samples.end());
    const double median = samples[samples.size() / 2];
    const double p99 = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    std::printf("| %-44s | %9.3f | %9.3f | %-10s |\n", what, median, p99, target);
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    Ledger ledger;
    if (!ledger.open(path, true))
        qFatal("%s", qPrintable(ledger.errorString()));
    Operators operators(ledger, 1000);
    if (!operators.addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("A"),
                                         QStringLiteral("admin-pass")))
        qFatal("no administrator");
    const Session admin = *operators.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass"));

    QByteArray csv("number,name,address,phone\n");
    for (int i = 0; i < kCustomers; ++i) {
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
    if (customers.importCsv(admin, csv) != kCustomers)
        qFatal("import failed: %s", qPrintable(customers.errorString()));
    const double importMs = milliseconds(Clock::now() - importStart);

    const auto appendStart = Clock::now();
    for (int done = 0; done < kEntries; done += kEntriesPerTransaction) {
        ledger.database().transaction();
        for (int i = 0; i < kEntriesPerTransaction; ++i) {
            LedgerEntry entry;
            entry.kind = QStringLiteral("sale");
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
                   entry.kind = QStringLiteral("sale");
                   entry.amount = i;
                   if (!ledger.append(entry))
                       qFatal("append failed");
               }),
        "-");
    row("ledger verify (whole chain)",
        repeat(5,
               [&](int) {
                   if (ledger.verify().brokenAt)
                       qFatal("chain broken");
               }),
        "-");
    ledger.close();
    row("ledger open (with the station id)",
        repeat(20,
               [&](int) {
                   Ledger again;
                   if (!again.open(path, false))
                       qFatal("open failed");
               }),
        "<= 1000 ms");
    std::printf("\nset-up: import of %d customers %.0f ms; %d entries appended in %.0f ms\n",
                kCustomers, importMs, kEntries, fillMs);
    return 0;
}
