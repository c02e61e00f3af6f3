// Writes the benchmark table into docs/PERFORMANCE.md, between the lines
// "<!-- bench-table:begin -->" and "<!-- bench-table:end -->", from what scripts/bench.sh
// collected in one folder: Google Benchmark JSON (tariff.json, meter.json) and the rows the
// other benchmarks and the script wrote (*.tsv: section, measurement, target, measured,
// alternative). Usage: bench_table DOC RESULTS_FOLDER MACHINE_LINE
#include <cstdio>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace {

struct Row {
    QString measurement, target, measured, alternative;
};

struct Table {
    QStringList order;
    QMap<QString, QList<Row>> sections;
    void add(const QString &section, const Row &row)
    {
        if (!sections.contains(section))
            order << section;
        sections[section].append(row);
    }
};

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_table: %s\n", qPrintable(message));
    std::exit(1);
}

// Google Benchmark's median aggregates, by run name.
QMap<QString, QJsonObject> medians(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1 is missing: did its benchmark run?").arg(path));
    const QJsonArray runs = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("benchmarks"))
                                .toArray();
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        if (run.value(QStringLiteral("aggregate_name")).toString() == QLatin1String("median"))
            out.insert(run.value(QStringLiteral("run_name")).toString(), run);
    }
    if (out.isEmpty())
        fail(QStringLiteral("%1 holds no median: run with --benchmark_repetitions").arg(path));
    return out;
}

double nanoseconds(const QJsonObject &run)
{
    const QString unit = run.value(QStringLiteral("time_unit")).toString();
    const double time = run.value(QStringLiteral("real_time")).toDouble();
    return unit == QLatin1String("us")   ? time * 1e3
           : unit == QLatin1String("ms") ? time * 1e6
                                         : time;
}

QString rate(double ns)
{
    return QStringLiteral("%1 ns (%2 M/s)").arg(ns, 0, 'f', 1).arg(1e3 / ns, 0, 'f', 1);
}

void tariffRows(Table &table, const QString &path)
{
    const QMap<QString, QJsonObject> runs = medians(path);
    struct Known {
        const char *run, *what, *target;
    };
    const Known known[] = {
        {"BM_DeductQuantum/Wh:10/tou:0", "deduct one 0.01 kWh quantum (Billing::consume, ladder)",
         "≥ 20 M/s"},
        {"BM_DeductQuantum/Wh:1/tou:0", "deduct one 1 Wh quantum", "≥ 20 M/s"},
        {"BM_DeductQuantum/Wh:10/tou:1", "deduct one 0.01 kWh quantum, ladder + TOU", "≥ 20 M/s"},
        {"BM_MeterQuantum", "meter step: deduct + credit account + credit state", ""},
        {"BM_QuoteMoney/used_kWh:0", "quote 2000.00 → energy, usage 0 (3 steps)", ""},
        {"BM_QuoteMoney/used_kWh:2700", "quote 2000.00 → energy, usage 2700 kWh", ""},
        {"BM_QuoteEnergy", "quote 3000 kWh → money, usage 2700 kWh", ""},
    };
    for (const Known &k : known) {
        const auto run = runs.constFind(QLatin1String(k.run));
        if (run == runs.constEnd())
            fail(QStringLiteral("%1 has no %2").arg(path, QLatin1String(k.run)));
        table.add(
            QStringLiteral("Tariff core (host, one core)"),
            {QString::fromUtf8(k.what), QString::fromUtf8(k.target), rate(nanoseconds(*run)), {}});
    }
}

void meterRows(Table &table, const QString &path)
{
    const QMap<QString, QJsonObject> runs = medians(path);
    const QString section = QStringLiteral("Meter: tick, NV writes per kWh and endurance");
    const auto household = runs.constFind(QStringLiteral("BM_MeterTickHousehold"));
    const auto full = runs.constFind(QStringLiteral("BM_MeterTickFullLoad"));
    if (household == runs.constEnd() || full == runs.constEnd())
        fail(QStringLiteral("%1 lacks a meter tick run").arg(path));
    table.add(section, {QStringLiteral("meter tick, 1 kW household (host)"),
                        {},
                        rate(nanoseconds(*household)),
                        {}});
    table.add(section, {QStringLiteral("meter tick at 41.4 kW, three phases (host)"),
                        {},
                        rate(nanoseconds(*full)),
                        {}});
    const double saves = full->value(QStringLiteral("nv_saves_per_kWh")).toDouble();
    if (saves <= 0)
        fail(QStringLiteral("%1 has no nv_saves_per_kWh").arg(path));
    // 8 journal slots take the saves in turn (docs/meter.md); 60 A on three phases at 230 V is
    // 41.4 kW, all year.
    const double perSlotPerKwh = saves / 8;
    const double kwhPerYear = 41.4 * 8760;
    const double writesPerYear = perSlotPerKwh * kwhPerYear;
    table.add(section, {QStringLiteral("NV saves per kWh at 60 A three-phase, 10 Hz ticks"),
                        {},
                        QString::number(saves, 'f', 0),
                        {}});
    table.add(section, {QStringLiteral("writes per NV byte per kWh (8-slot rotation)"),
                        {},
                        QString::number(perSlotPerKwh, 'f', 1),
                        {}});
    table.add(
        section,
        {QStringLiteral("NV endurance at 60 A three-phase, all year"), QStringLiteral("≥ 20 years"),
         QStringLiteral("%1 years on FRAM (10¹⁴ cycles)").arg(1e14 / writesPerYear, 0, 'g', 2),
         QStringLiteral("%1 years on EEPROM (10⁶ cycles): FRAM required")
             .arg(1e6 / writesPerYear, 0, 'f', 2)});
}

void tsvRows(Table &table, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(QStringLiteral("%1 is missing: did its benchmark run?").arg(path));
    int count = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 5)
            fail(QStringLiteral("%1: not five fields: %2").arg(path, line));
        table.add(f[0], {f[1], f[2], f[3], f[4]});
        ++count;
    }
    if (count == 0)
        fail(QStringLiteral("%1 is empty").arg(path));
}

QString markdown(const Table &table)
{
    QString out;
    for (const QString &section : table.order) {
        out += QStringLiteral("\n### %1\n\n| measurement | target | measured | alternative |\n"
                              "|---|---|---|---|\n")
                   .arg(section);
        for (const Row &row : table.sections.value(section)) {
            const bool none = row.target.isEmpty() || row.target == QLatin1String("-");
            const QString target = none ? QStringLiteral("—") : row.target;
            const QString alternative =
                row.alternative.isEmpty() ? QStringLiteral("—") : row.alternative;
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(row.measurement, target, row.measured, alternative);
        }
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 4)
        fail(QStringLiteral("usage: bench_table DOC RESULTS_FOLDER MACHINE_LINE"));
    const QString docPath = arguments[1];
    const QDir results(arguments[2]);
    Table table;
    tariffRows(table, results.filePath(QStringLiteral("tariff.json")));
    for (const char *name : {"card.tsv", "station.tsv", "startup.tsv"})
        tsvRows(table, results.filePath(QLatin1String(name)));
    meterRows(table, results.filePath(QStringLiteral("meter.json")));
    for (const char *name : {"firmware.tsv", "fuzz.tsv"})
        tsvRows(table, results.filePath(QLatin1String(name)));

    QFile doc(docPath);
    if (!doc.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(QStringLiteral("cannot read %1").arg(docPath));
    const QString text = QString::fromUtf8(doc.readAll());
    doc.close();
    const QString begin = QStringLiteral("<!-- bench-table:begin -->");
    const QString end = QStringLiteral("<!-- bench-table:end -->");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from < 0 || to < from)
        fail(QStringLiteral("%1 has no %2 ... %3 block").arg(docPath, begin, end));
    const QString block = begin +
                          QStringLiteral("\nWritten by `bash scripts/bench.sh` on %1: %2.\n")
                              .arg(QDate::currentDate().toString(Qt::ISODate), arguments[3]) +
                          markdown(table) + QLatin1Char('\n');
    const QString updated = text.left(from) + block + text.mid(to);
    if (!doc.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
        doc.write(updated.toUtf8()) < 0)
        fail(QStringLiteral("cannot write %1").arg(docPath));
    std::printf("bench_table: %d sections written into %s\n", int(table.order.size()),
                qPrintable(docPath));
    return 0;
}
