// Start-up of Ampcard Station to a usable Sell page with a ledger of 1,000,000 sales and 100,000
// customers: open the ledger, sign in (PBKDF2 at the production 600,000 iterations), unlock the
// keystore (scrypt at the production cost), look for a reader, build and show the main window.
// Offscreen platform; prints a table of each stage's median over repeated starts, milliseconds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QTemporaryDir>

#include "ampcard/cardio/keystore.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/tariffplans.h"
#include "bulksales.h"
#include "rows.h"
#include "mainwindow.h"
#include "sellpage.h"
#include "ampcard/station/workstation.h"

using namespace ampcard::station;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    const QString keystore = dir.filePath(QStringLiteral("keys.json"));
    {
        Ledger ledger;
        if (!ledger.open(path, true))
            qFatal("ledger");
        // The station's keystore, unlocked: the ledger is sealed with its key from the start.
        ampcard::cardio::UtilityKeys keys;
        if (!ampcard::cardio::Keystore::create(keystore, 3301, "a long passphrase").ok() ||
            !ampcard::cardio::Keystore::open(keystore, "a long passphrase", &keys).ok() ||
            !ledger.takeKey(Ledger::chainKey(keys, ledger.stationId())))
            qFatal("keystore");
        Operators operators(ledger); // production work factor
        if (!operators.addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("A"),
                                             QStringLiteral("admin-pass")))
            qFatal("admin");
        const Session admin =
            *operators.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass"));
        QByteArray csv("number,name\n");
        for (int i = 0; i < 100'000; ++i)
            csv += QStringLiteral("%1,Customer %1\n").arg(1'000'000 + i).toUtf8();
        StationSettings settings;
        settings.utilityId = 3301;
        if (Customers(ledger).importCsv(admin, csv) != 100'000 ||
            !Settings(ledger).save(admin, settings) ||
            !ledger.setSetting(ampcard::station::Workstation::kKeystoreKey, keystore) ||
            TariffPlans(ledger).addVersion(
                admin, QStringLiteral("R1"),
                R"({"name":"R1","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
                R"("steps":[{"price":"25.1000"}]})",
                QDateTime::currentDateTimeUtc()) != 1)
            qFatal("set-up");
        MeterRecord meter;
        meter.number = QStringLiteral("310100000001");
        meter.customerNumber = QStringLiteral("1000000");
        meter.tariffPlan = QStringLiteral("R1");
        if (!Meters(ledger).add(admin, meter))
            qFatal("meter");
        bench::fillSales(ledger);
    }
    std::vector<double> open, signIn, unlock, reader, window, total;
    for (int run = 0; run < 5; ++run) {
        const auto start = Clock::now();
        ampcard::station::Workstation context;
        auto stage = Clock::now();
        if (!context.openLedger(path, false))
            qFatal("open");
        open.push_back(since(stage));
        stage = Clock::now();
        if (!context.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass")))
            qFatal("sign-in");
        signIn.push_back(since(stage));
        stage = Clock::now();
        if (!context.unlockKeys({}, "a long passphrase"))
            qFatal("unlock");
        unlock.push_back(since(stage));
        stage = Clock::now();
        (void)context.connectReader();
        reader.push_back(since(stage));
        stage = Clock::now();
        MainWindow main(context, nullptr);
        main.resize(1100, 700);
        main.show();
        (void)main.grab(); // painted
        QApplication::processEvents();
        window.push_back(since(stage));
        total.push_back(since(start));
    }
    std::printf("Start-up to a usable Sell page, ledger of %d sales and 100,000 customers "
                "(offscreen, median of 5)\n\n",
                bench::kBulkSales);
    std::printf("| stage | median ms |\n|---|---|\n");
    std::printf("| open the ledger | %.1f |\n", median(open));
    std::printf("| sign in (PBKDF2-SHA256, 600,000 iterations) | %.1f |\n", median(signIn));
    std::printf("| unlock the keystore (scrypt N=2^17, r=8) | %.1f |\n", median(unlock));
    std::printf("| look for a reader (pcscd) | %.1f |\n", median(reader));
    std::printf("| build, show and paint the main window | %.1f |\n", median(window));
    std::printf("| **total** (target <= 1500 ms) | %.1f |\n", median(total));
    BenchRows rows(argc, argv);
    const QString section =
        QStringLiteral("Station start-up (1,000,000 sales, offscreen, median of 5)");
    const auto add = [&](const char *stage, const std::vector<double> &samples,
                         const char *target) {
        rows.add(section, QString::fromUtf8(stage), QString::fromUtf8(target),
                 QStringLiteral("%1 ms").arg(median(samples), 0, 'f', 1));
    };
    add("open the ledger", open, "");
    add("sign in (PBKDF2-SHA256, 600,000 iterations: deliberate)", signIn, "");
    add("unlock the keystore (scrypt N=2^17, r=8: deliberate)", unlock, "");
    add("look for a reader (pcscd)", reader, "");
    add("build, show and paint the main window", window, "");
    add("total to a usable Sell page", total, "≤ 1500 ms");
    return 0;
}
