// Network mode at scale (docs/PERFORMANCE.md "Network mode"): a real PostgreSQL 15 with TLS and
// fsync on, started here. First a counter online: it sells at a steady rate through the real sale
// path while the sync worker pushes every second in another thread (the station application's
// SyncIndicator), for the lag from an entry's commit to its arrival on the server, and the same
// sales on a stand-alone ledger for the sale's time in both modes. Then a station with a long
// stand-alone history joins and uploads it; then the steady push of a day's new entries; then
// many station processes pushing at once.
// Usage: bench_sync [--entries N] [--stations S] [--online-sales N] [--online-only] [--rows FILE]

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThread>

#include "../central/pgcluster.h"
#include "../station/desk.h"
#include "../station/staff.h"
#include "ampcard/central/pg.h"
#include "ampcard/station/centralreports.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/sync.h"
#include "rows.h"

using ampcard::station::Ledger;
using ampcard::station::LedgerEntry;
using ampcard::station::Sync;

namespace {

const QString kSection =
    QStringLiteral("Network mode (PostgreSQL 15 on this machine, TLS, fsync on)");

int option(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    return fallback;
}

QString addStation(const testing::PgCluster &pg, int station)
{
    QProcess tool;
    tool.start(QStringLiteral(AMPCARD_EXECUTABLE),
               {QStringLiteral("server"), QStringLiteral("add-station"), QStringLiteral("--db"),
                pg.adminUrl(), QStringLiteral("--station"), QString::number(station),
                QStringLiteral("--float"), QStringLiteral("1000000000"), QStringLiteral("--json")});
    tool.waitForFinished(60000);
    return QJsonDocument::fromJson(tool.readAllStandardOutput())
        .object()
        .value(QStringLiteral("url"))
        .toString();
}

// `count` journal entries of a day's sales, in one transaction (the history of a station).
void fill(Ledger &ledger, int count, bool oneTransaction)
{
    if (oneTransaction)
        ledger.database().transaction();
    for (int i = 0; i < count; ++i) {
        LedgerEntry entry;
        entry.kind = QStringLiteral("fee");
        entry.reference = QStringLiteral("F-%1").arg(i);
        entry.meter = QStringLiteral("310100000001");
        entry.operatorName = QStringLiteral("cash");
        entry.amount = 1'000'000 + (i % 97) * 10'000;
        entry.energy = 400'000;
        entry.detail = QStringLiteral("{\"paid\":\"100.0000\",\"vat\":\"13.7931\"}");
        if (!ledger.append(entry))
            qFatal("%s", qPrintable(ledger.errorString()));
    }
    if (oneTransaction)
        ledger.database().commit();
}

// The median and the 99th percentile of `samples`.
std::pair<double, double> medianAndP99(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2],
            samples[std::min(samples.size() - 1, samples.size() * 99 / 100)]};
}

// A counter ready to sell: seeded ledger, an account with its meter and card, a shift open.
void openCounter(testing::Counter &counter)
{
    if (!counter.setUp() || !counter.openAccount() ||
        !(counter.visitMeter() == ampcard::Status()) ||
        !ampcard::station::Shifts(*counter.ledger).open(*counter.staff.cashier))
        qFatal("counter");
}

// `count` card sales at each counter, `perSecond` at each (every tick one sale at each, in turn,
// so that whatever else the machine does weighs on both alike), through the real sale path with
// the card in an in-process reader (no pcscd: the card's own time is bench_card's); the meter
// loads each card between two sales, untimed. The sales' times (ms), per counter.
std::vector<std::vector<double>> sellSteadily(const std::vector<testing::Counter *> &counters,
                                              int count, int perSecond)
{
    using Clock = std::chrono::steady_clock;
    std::vector<std::vector<double>> samples(counters.size());
    const auto begin = Clock::now();
    for (int i = 0; i < count; ++i) {
        std::this_thread::sleep_until(begin +
                                      std::chrono::milliseconds(qint64(i) * 1000 / perSecond));
        for (std::size_t c = 0; c < counters.size(); ++c) {
            testing::Counter &counter = *counters[c];
            const auto start = Clock::now();
            if (!counter.desk->sell(*counter.staff.cashier, {}, testing::byMoney(100)))
                qFatal("sale: %s", qPrintable(counter.desk->errorString()));
            samples[c].push_back(
                std::chrono::duration<double, std::milli>(Clock::now() - start).count());
            const auto token = counter.cardToken();
            if (!token || !(counter.visitMeter(token->amount.raw()) == ampcard::Status()))
                qFatal("meter visit");
        }
    }
    return samples;
}

// The station application's sync worker (ui/syncindicator.cpp): a round every `intervalMs` in a
// thread of its own, each on a fresh connection to the ledger file.
class SyncWorker {
public:
    SyncWorker(QString path, int intervalMs)
    {
        m_thread.reset(QThread::create([this, path, intervalMs] {
            auto next = std::chrono::steady_clock::now();
            while (!m_stop) {
                {
                    Ledger ledger;
                    if (!ledger.open(path, false))
                        qFatal("worker: cannot open the ledger");
                    Sync::Round round;
                    QString error;
                    if (!Sync(ledger).push(&round, &error))
                        qWarning("worker: %s", qPrintable(error));
                    m_rounds += 1;
                }
                next += std::chrono::milliseconds(intervalMs);
                while (!m_stop && std::chrono::steady_clock::now() < next)
                    QThread::msleep(5);
            }
        }));
        m_thread->start();
    }
    ~SyncWorker()
    {
        m_stop = true;
        m_thread->wait();
    }
    [[nodiscard]] int rounds() const { return m_rounds; }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_rounds{0};
    std::unique_ptr<QThread> m_thread;
};

// Sync lag while online and the sale in both modes (issue 17).
void measureOnline(const testing::PgCluster &pg, BenchRows &rows, int sales)
{
    constexpr int kPerSecond = 20;
    constexpr int kIntervalMs = 1000;

    testing::Counter alone;
    openCounter(alone);
    testing::Counter joined;
    openCounter(joined);
    const int station = 1000;
    QString error;
    Sync sync(*joined.ledger);
    if (!sync.join(addStation(pg, station), {}, station, QStringLiteral("admin"), &error))
        qFatal("join: %s", qPrintable(error));
    Sync::Round round;
    if (!sync.push(&round, &error)) // the history, and the float the counter sells within
        qFatal("push: %s", qPrintable(error));
    const QDateTime from = QDateTime::currentDateTimeUtc();
    std::pair<double, double> standAlone;
    std::pair<double, double> network;
    int rounds = 0;
    {
        SyncWorker worker(joined.path, kIntervalMs);
        const auto samples = sellSteadily({&alone, &joined}, sales, kPerSecond);
        standAlone = medianAndP99(samples[0]);
        network = medianAndP99(samples[1]);
        for (int i = 0; i < 100 && sync.state().waiting > 0; ++i)
            QThread::msleep(100);
        rounds = worker.rounds();
    }
    if (sync.state().waiting > 0)
        qFatal("the worker left entries waiting");
    qInfo("stand-alone sale: %.3f ms median, %.3f ms p99", standAlone.first, standAlone.second);
    qInfo("network-mode sale: %.3f ms median, %.3f ms p99 (%d rounds)", network.first,
          network.second, rounds);

    // received_at is the server's clock at the start of the batch's transaction; `at` the
    // station's at the entry's commit (one machine, one clock).
    ampcard::central::PgConnection admin;
    if (!admin.open(pg.adminUrl(), &error))
        qFatal("%s", qPrintable(error));
    const auto lag = admin.exec(
        QStringLiteral("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY ms), "
                       "percentile_disc(0.99) WITHIN GROUP (ORDER BY ms), max(ms), count(*) FROM "
                       "(SELECT extract(epoch FROM received_at - at) * 1000 AS ms FROM "
                       "ampcard.journal WHERE station = $1::integer AND at >= $2::timestamptz) t"),
        {QString::number(station), from.toString(Qt::ISODateWithMs)});
    if (!lag.ok() || lag.number(0, 3) < sales)
        qFatal("lag: %s", qPrintable(lag.error()));
    const double p50 = lag.text(0, 0).toDouble() / 1000.0;
    const double p99 = lag.text(0, 1).toDouble() / 1000.0;
    const double worst = lag.text(0, 2).toDouble() / 1000.0;
    qInfo("lag over %lld entries: %.2f s median, %.2f s p99, %.2f s max", lag.number(0, 3), p50,
          p99, worst);
    rows.add(kSection,
             QStringLiteral("sync lag while online: a counter selling %1 sales/s, the worker "
                            "pushing every %2 s (entry committed → on the server, %L3 entries)")
                 .arg(kPerSecond)
                 .arg(kIntervalMs / 1000)
                 .arg(lag.number(0, 3)),
             QStringLiteral("≤ 2 s p99"),
             QStringLiteral("%1 s median, %2 s p99, %3 s max")
                 .arg(p50, 0, 'f', 2)
                 .arg(p99, 0, 'f', 2)
                 .arg(worst, 0, 'f', 2));
    rows.add(kSection,
             QStringLiteral("card sale end to end (in-process card), network mode with the "
                            "worker pushing in another thread, %1 sales at %2/s, each tick a "
                            "stand-alone counter's sale beside it")
                 .arg(sales)
                 .arg(kPerSecond),
             QStringLiteral("as stand-alone"),
             QStringLiteral("%1 ms median, %2 ms p99")
                 .arg(network.first, 0, 'f', 3)
                 .arg(network.second, 0, 'f', 3),
             QStringLiteral("stand-alone: %1 ms median, %2 ms p99 (network ÷ stand-alone: %3 "
                            "median, %4 p99)")
                 .arg(standAlone.first, 0, 'f', 3)
                 .arg(standAlone.second, 0, 'f', 3)
                 .arg(network.first / standAlone.first, 0, 'f', 2)
                 .arg(network.second / standAlone.second, 0, 'f', 2));
}

QString rate(qint64 entries, qint64 ms)
{
    return QStringLiteral("%L1 entries/s (%L2 in %3 s)")
        .arg(ms > 0 ? entries * 1000 / ms : 0)
        .arg(entries)
        .arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BenchRows rows(argc, argv);
    const int entries = option(argc, argv, "--entries", 1'000'000);
    const int stations = option(argc, argv, "--stations", 50);

    testing::PgCluster pg;
    QString why;
    if (!pg.start(&why, true))
        qFatal("%s", qPrintable(why));
    QProcess init;
    init.start(
        QStringLiteral(AMPCARD_EXECUTABLE),
        {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), pg.adminUrl()});
    init.waitForFinished(60000);
    if (init.exitCode() != 0)
        qFatal("server init: %s", init.readAllStandardError().constData());

    measureOnline(pg, rows, option(argc, argv, "--online-sales", 600));
    if (QCoreApplication::arguments().contains(QStringLiteral("--online-only")))
        return 0;

    QTemporaryDir dir;
    {
        Ledger ledger;
        if (!ledger.open(dir.filePath(QStringLiteral("history.sqlite")), true) ||
            !testing::keyLedger(ledger))
            qFatal("ledger");
        QElapsedTimer filling;
        filling.start();
        fill(ledger, entries, true);
        qInfo("filled %d entries in %lld ms", entries, filling.elapsed());

        Sync sync(ledger);
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!sync.join(addStation(pg, 1), {}, 1, QStringLiteral("admin"), &error))
            qFatal("join: %s", qPrintable(error));
        Sync::Round round;
        if (!sync.push(&round, &error))
            qFatal("push: %s", qPrintable(error));
        const qint64 upload = timer.elapsed();
        rows.add(kSection,
                 QStringLiteral("join: upload of a stand-alone history (%L1 journal entries)")
                     .arg(entries),
                 QStringLiteral("≥ 20,000 entries/s"), rate(round.journal + round.audit, upload));
        qInfo("upload %lld entries in %lld ms", round.journal + round.audit, upload);

        // A busy day's new sales, each in its own transaction as the counter writes them; one
        // push sends them.
        fill(ledger, 20'000, false);
        timer.restart();
        if (!sync.push(&round, &error))
            qFatal("push: %s", qPrintable(error));
        rows.add(kSection, QStringLiteral("push of 20,000 new entries from one station"),
                 QStringLiteral("≥ 20,000 entries/s"), rate(round.journal, timer.elapsed()));
    }

    // Many stations at once: one `ampcard sync` process each, every ledger with its own history.
    const int each = 5'000;
    QList<QString> paths;
    for (int s = 0; s < stations; ++s) {
        Ledger ledger;
        const QString path = dir.filePath(QStringLiteral("station-%1.sqlite").arg(s + 2));
        if (!ledger.open(path, true) || !testing::keyLedger(ledger))
            qFatal("ledger");
        fill(ledger, each, true);
        Sync sync(ledger);
        QString error;
        // Joined with nothing pushed yet: the history waits in the outbox.
        if (!sync.join(addStation(pg, s + 2), {}, s + 2, QStringLiteral("admin"), &error))
            qFatal("join: %s", qPrintable(error));
        paths << path;
    }
    QList<QProcess *> processes;
    QList<qint64> finished;
    QElapsedTimer all;
    all.start();
    for (const QString &path : paths) {
        auto *process = new QProcess(&app);
        process->start(QStringLiteral(AMPCARD_EXECUTABLE),
                       {QStringLiteral("sync"), QStringLiteral("--ledger"), path});
        processes << process;
    }
    for (QProcess *process : processes) {
        process->waitForFinished(600'000);
        if (process->exitCode() != 0)
            qFatal("sync: %s", process->readAllStandardError().constData());
        finished << all.elapsed();
    }
    const qint64 total = all.elapsed();
    std::sort(finished.begin(), finished.end());
    const qint64 p99 = finished.at(
        std::min<qsizetype>(finished.size() - 1, (finished.size() * 99 + 99) / 100 - 1));
    const qint64 pushed = qint64(stations) * (each + 2);
    rows.add(kSection,
             QStringLiteral("%1 station processes pushing %L2 entries each at once: aggregate")
                 .arg(stations)
                 .arg(each),
             QString(), rate(pushed, total));
    rows.add(kSection,
             QStringLiteral("the same: time until a station's push is done, p99 (2 cores shared "
                            "by server and %1 processes)")
                 .arg(stations),
             QString(), QStringLiteral("%1 s").arg(double(p99) / 1000.0, 0, 'f', 1));
    qInfo("%d stations: %lld entries in %lld ms, p99 %lld ms", stations, pushed, total, p99);

    // A year of a utility's sales on the server: 10 M journal entries of the stations above,
    // written straight in by the administrator (the chain triggers off for the fill only).
    const qint64 central = option(argc, argv, "--central", 10'000'000);
    ampcard::central::PgConnection admin;
    if (!admin.open(pg.adminUrl(), &why))
        qFatal("%s", qPrintable(why));
    QElapsedTimer filling;
    filling.start();
    const auto filled = admin.script(
        QStringLiteral(
            "SET session_replication_role = replica;"
            "INSERT INTO ampcard.journal (id, station, seq, at, kind, reference, meter,"
            " operator, amount, energy, detail, keyed, previous_hash, hash)"
            " SELECT gen_random_uuid(), 2 + n % %1, 1000000 + n, now() - interval '365 days'"
            " + (n::float8 / %2) * interval '365 days', 'sale', 'r', '310100000001', 'cash',"
            " 1000000 + (n % 97) * 10000, 400000, '{}', true,"
            " sha256(int8send(n - 1)), sha256(int8send(n))"
            " FROM generate_series(1, %2) AS n;"
            "SET session_replication_role = origin; ANALYZE ampcard.journal;")
            .arg(stations)
            .arg(central));
    if (!filled.ok())
        qFatal("fill: %s", qPrintable(filled.error()));
    qInfo("central fill of %lld entries: %lld ms", central, filling.elapsed());
    ampcard::station::CentralReports reports(admin);
    QList<qint64> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer report;
        report.start();
        const auto table = reports.daily(QDate::currentDate().addDays(-100 - i));
        times << report.elapsed();
        if (!table || table->rows.size() < 2)
            qFatal("report: %s", qPrintable(reports.errorString()));
    }
    std::sort(times.begin(), times.end());
    rows.add(kSection,
             QStringLiteral("central daily report over %L1 M journal entries (median of 7 days)")
                 .arg(central / 1'000'000),
             QStringLiteral("≤ 200 ms"), QStringLiteral("%1 ms").arg(times.at(3)));
    qInfo("daily report: median %lld ms", times.at(3));
    return 0;
}
