// Reports over all stations on a real PostgreSQL 15 with TLS (pgcluster.h): two stations sell,
// cancel and open accounts in shifts, close them (their own Z reports), join the server and push;
// the central Z report, read through the tool with a reporting login, is the sum of the
// stations' own Z reports, per station, operator and kind of work. A station's login is refused.

#include <map>
#include <tuple>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "../station/desk.h"
#include "../station/staff.h"
#include "ampcard/central/pg.h"
#include "ampcard/station/centralreports.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/sync.h"
#include "ampcard/tariff/tarifffile.h"
#include "pgcluster.h"
#include "tool.h"

using ampcard::central::PgConnection;
using ampcard::station::CentralReports;
using ampcard::station::Shifts;
using ampcard::station::Sync;
using ampcard::tariff::energyFromText;
using ampcard::tariff::moneyFromText;

namespace {

using testing::runTool;
using testing::Tool;

// RFC 4180 as ReportTable::toCsv writes it: CRLF line ends, fields quoted where needed.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('"')) {
            *ok = false; // a bare line end or a stray quote
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false; // the last line not ended
    return rows;
}

// The figures of one line of a Z report, in 0.0001 (energy in its raw units).
struct Figures {
    qint64 count = 0;
    qint64 paid = 0;
    qint64 vat = 0;
    qint64 credit = 0;
    qint64 energy = 0;

    Figures &operator+=(const Figures &other)
    {
        count += other.count;
        paid += other.paid;
        vat += other.vat;
        credit += other.credit;
        energy += other.energy;
        return *this;
    }
    bool operator==(const Figures &) const = default;
};

qint64 money(const QString &text)
{
    const auto parsed = moneyFromText(text);
    if (!parsed)
        qFatal("not money: %s", qPrintable(text));
    return parsed->raw();
}

qint64 energy(const QString &text)
{
    const auto parsed = energyFromText(text);
    if (!parsed)
        qFatal("not energy: %s", qPrintable(text));
    return parsed->raw();
}

// (station on the server, operator, kind): "*" where a row totals.
using Key = std::tuple<QString, QString, QString>;

} // namespace

static QString describe(const Figures &f)
{
    return QStringLiteral("count %1 paid %2 vat %3 credit %4 energy %5")
        .arg(f.count)
        .arg(f.paid)
        .arg(f.vat)
        .arg(f.credit)
        .arg(f.energy);
}

namespace QTest {
template <> char *toString(const Figures &f)
{
    return qstrdup(describe(f).toUtf8().constData());
}
} // namespace QTest

class TestCentralReports : public QObject {
    Q_OBJECT

private:
    testing::PgCluster m_pg;
    QString m_reporter;
    QString m_stationUrl;
    // What the stations' own Z reports said, added up the way the central one groups.
    std::map<Key, Figures> m_local;
    // Station 3's operators, whose drawers differ from the journal's names (a refund paid by
    // another operator than the one who cancelled).
    std::map<Key, Figures> m_moved;

    QString addStation(int station)
    {
        return testing::addStation(AMPCARD_EXECUTABLE, m_pg.adminUrl(), station);
    }

    // A station's own Z report, counted into m_local at every level the central one totals
    // (the operators' levels into `operators`).
    void count(int station, const QJsonObject &z, std::map<Key, Figures> &operators)
    {
        const QString name = QString::number(station);
        const QString login = z.value(QStringLiteral("operator")).toString();
        qint64 cash = 0;
        for (const QJsonValue &entry : z.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject line = entry.toObject();
            Figures f;
            f.count = line.value(QStringLiteral("count")).toInteger();
            f.paid = money(line.value(QStringLiteral("paid")).toString());
            f.vat = money(line.value(QStringLiteral("vat")).toString());
            f.credit = money(line.value(QStringLiteral("credit")).toString());
            f.energy = energy(line.value(QStringLiteral("energy")).toString());
            cash += f.paid;
            const QString kind = line.value(QStringLiteral("kind")).toString();
            operators[Key{name, login, kind}] += f;
            operators[Key{name, login, QStringLiteral("*")}] += f;
            for (const Key &key :
                 {Key{name, QStringLiteral("*"), QStringLiteral("*")},
                  Key{QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*")}})
                m_local[key] += f;
        }
        // The drawer's cash is what the Z report prints: the paid column's sum.
        QCOMPARE(cash, money(z.value(QStringLiteral("cash")).toString()));
    }

    enum class Refund { kNone, kReadBySupervisor, kReadByCashier };

    // One station's day, every piece of work in a shift and each shift closed with its Z
    // report: the installer opens an account (with its fee), the cashier sells twice, the
    // supervisor cancels the second sale before the meter loads it (unless kNone) and the
    // meter's proof is read by `refund`; then the station joins the server as `station` and
    // pushes.
    void workADay(int station, qint64 first, qint64 second, Refund refund)
    {
        const QString url = addStation(station);
        QVERIFY(!url.isEmpty());
        testing::Counter c;
        QVERIFY(c.setUp(ampcard::tariff::Money::fromWhole(10)));
        QVERIFY(Shifts(*c.ledger).open(*c.staff.installer));
        QVERIFY2(c.openAccount(), qPrintable(c.desk->errorString()));
        QCOMPARE(c.visitMeter(), ampcard::Status());
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        const auto sold = c.desk->sell(*c.staff.cashier, {}, testing::byMoney(first));
        QVERIFY2(sold, qPrintable(c.desk->errorString()));
        QVERIFY(c.cardToken());
        QCOMPARE(c.visitMeter(c.cardToken()->amount.raw()), ampcard::Status());
        const auto again = c.desk->sell(*c.staff.cashier, {}, testing::byMoney(second));
        QVERIFY2(again, qPrintable(c.desk->errorString()));
        if (refund != Refund::kNone) {
            QVERIFY(Shifts(*c.ledger).open(*c.staff.supervisor));
            QVERIFY2(c.desk->cancel(*c.staff.supervisor,
                                    again->value(QStringLiteral("sale")).toString()),
                     qPrintable(c.desk->errorString()));
            // The meter loads the superseding record; its return record, read by the supervisor,
            // pays the refund from the supervisor's drawer. Read by the cashier, it leaves the
            // cashier's drawer while the journal names the supervisor, who cancelled: the
            // central report counts it for the supervisor (docs/network.md).
            QCOMPARE(c.visitMeter(), ampcard::Status());
            const auto &reader =
                refund == Refund::kReadByCashier ? c.staff.cashier : c.staff.supervisor;
            QVERIFY2(c.desk->inspect(*reader), qPrintable(c.desk->errorString()));
        } else {
            QCOMPARE(c.visitMeter(c.cardToken()->amount.raw()), ampcard::Status());
        }
        Shifts shifts(*c.ledger);
        QList<QJsonObject> reports;
        for (const auto *by : {&c.staff.installer, &c.staff.cashier, &c.staff.supervisor}) {
            if (!shifts.current((*by)->login()))
                continue;
            const auto z = shifts.close(**by, (*by)->login());
            QVERIFY2(z, qPrintable(shifts.errorString()));
            QVERIFY(shifts.reportIntact(z->value(QStringLiteral("shift")).toString()));
            count(station, *z, refund == Refund::kReadByCashier ? m_moved : m_local);
        }

        Sync sync(*c.ledger);
        QString error;
        QVERIFY2(sync.join(url, {}, station, QStringLiteral("admin"), &error), qPrintable(error));
        Sync::Round round;
        QVERIFY2(sync.push(&round, &error), qPrintable(error));
        QCOMPARE(sync.state().waiting, 0);
        if (m_stationUrl.isEmpty())
            m_stationUrl = url;
    }

    Tool report(const QStringList &words, const QString &server)
    {
        QStringList arguments{QStringLiteral("report")};
        arguments << words << QStringLiteral("--all-stations") << QStringLiteral("--server")
                  << server;
        return runTool(AMPCARD_EXECUTABLE, arguments);
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_pg.start(&why), qPrintable(why));
        const Tool init =
            runTool(AMPCARD_EXECUTABLE, {QStringLiteral("server"), QStringLiteral("init"),
                                         QStringLiteral("--db"), m_pg.adminUrl()});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        const Tool added = runTool(
            AMPCARD_EXECUTABLE, {QStringLiteral("server"), QStringLiteral("add-reporter"),
                                 QStringLiteral("--db"), m_pg.adminUrl(), QStringLiteral("--login"),
                                 QStringLiteral("auditor"), QStringLiteral("--json")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        m_reporter = QJsonDocument::fromJson(added.out.toUtf8())
                         .object()
                         .value(QStringLiteral("url"))
                         .toString();
        QVERIFY(!m_reporter.isEmpty());
        workADay(1, 100, 40, Refund::kReadBySupervisor);
        workADay(2, 75, 30, Refund::kNone);
        workADay(3, 80, 20, Refund::kReadByCashier);
        // The stations did something worth adding up: fees, VAT, a refund.
        const Figures all =
            m_local[Key{QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*")}];
        QCOMPARE(all.count, 11); // 3 openings, 6 purchases, 2 cancellations
        QVERIFY(all.vat > 0 && all.credit > 0 && all.energy > 0);
        QVERIFY(m_local.count(Key{QStringLiteral("1"), QStringLiteral("sup"),
                                  QStringLiteral("cancel")}) == 1);
    }

    void centralZ_isTheSumOfTheStationsZReports()
    {
        // Yesterday to tomorrow: the shifts' entries all fall inside whatever the clock says.
        const QDate today = QDate::currentDate();
        const Tool z = report({QStringLiteral("z"), QStringLiteral("--from"),
                               today.addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
                               today.addDays(1).toString(Qt::ISODate), QStringLiteral("--csv")},
                              m_reporter);
        QVERIFY2(z.code == 0, qPrintable(z.err));
        bool ok = false;
        const QList<QStringList> rows = parseCsv(z.out, &ok);
        QVERIFY2(ok, qPrintable(z.out));
        QCOMPARE(rows.value(0),
                 (QStringList{QStringLiteral("Station"), QStringLiteral("Operator"),
                              QStringLiteral("Kind"), QStringLiteral("Count"),
                              QStringLiteral("Paid"), QStringLiteral("VAT"),
                              QStringLiteral("Credit"), QStringLiteral("Energy (kWh)")}));
        std::map<Key, Figures> central;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 8);
            // Money for machines in 0.0001, as the station's own reports give it.
            QVERIFY2(row[4].contains(QRegularExpression(QStringLiteral("^-?[0-9]+\\.[0-9]{4}$"))),
                     qPrintable(row[4]));
            const Key key{row[0], row[1], row[2]};
            QVERIFY2(!central.count(key), qPrintable(row.join(QLatin1Char(','))));
            central[key] = {row[3].toLongLong(), money(row[4]), money(row[5]), money(row[6]),
                            energy(row[7])};
        }
        // Every row is one the stations' Z reports have, but station 3's operators.
        for (const auto &[key, figures] : central)
            QVERIFY(m_local.count(key) || (std::get<0>(key) == QLatin1String("3") &&
                                           std::get<1>(key) != QLatin1String("*")));
        for (const auto &[key, figures] : m_local) {
            const QString where = std::get<0>(key) + QLatin1Char('/') + std::get<1>(key) +
                                  QLatin1Char('/') + std::get<2>(key);
            QVERIFY2(central.count(key), qPrintable(where + QStringLiteral(" missing")));
            QVERIFY2(central[key] == figures,
                     qPrintable(where + QStringLiteral(": ") + describe(central[key]) +
                                QStringLiteral(" / local ") + describe(figures)));
        }
        // Station 3: the cashier's drawer paid the refund the supervisor's cancellation owed.
        // The station's total agrees (above); the journal names the supervisor.
        const Key cashCancel{QStringLiteral("3"), QStringLiteral("cash"), QStringLiteral("cancel")};
        const Key supCancel{QStringLiteral("3"), QStringLiteral("sup"), QStringLiteral("cancel")};
        QVERIFY(m_moved.count(cashCancel) && m_moved[cashCancel].paid < 0);
        QVERIFY(!m_moved.count(supCancel));
        QCOMPARE(central[supCancel], m_moved[cashCancel]);
        QVERIFY(!central.count(cashCancel));
        Figures cashier =
            m_moved[Key{QStringLiteral("3"), QStringLiteral("cash"), QStringLiteral("*")}];
        Figures refund = m_moved[cashCancel];
        refund.count = -refund.count;
        refund.paid = -refund.paid;
        refund.vat = -refund.vat;
        refund.credit = -refund.credit;
        refund.energy = -refund.energy;
        cashier += refund;
        QCOMPARE(central[(Key{QStringLiteral("3"), QStringLiteral("cash"), QStringLiteral("*")})],
                 cashier);
        // The total row is last.
        QCOMPARE(rows.last().mid(0, 3),
                 (QStringList{QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*")}));

        // The same as a table for people, titled as a Z report.
        const Tool text = report({QStringLiteral("z"), QStringLiteral("--from"),
                                  today.addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
                                  today.addDays(1).toString(Qt::ISODate)},
                                 m_reporter);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("Close-out (Z) report of ")),
                 qPrintable(text.out));
    }

    void centralZ_ofAnEmptyPeriod_isZero()
    {
        const Tool z =
            report({QStringLiteral("z"), QStringLiteral("--from"), QStringLiteral("2001-01-01"),
                    QStringLiteral("--to"), QStringLiteral("2001-01-31"), QStringLiteral("--csv")},
                   m_reporter);
        QVERIFY2(z.code == 0, qPrintable(z.err));
        QCOMPARE(z.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).value(1),
                 QStringLiteral("*,*,*,0,0.0000,0.0000,0.0000,0.00"));
        // --date is that one day.
        const Tool oneDay =
            report({QStringLiteral("z"), QStringLiteral("--date"), QStringLiteral("2001-01-01")},
                   m_reporter);
        QCOMPARE(oneDay.code, 0);
        QVERIFY2(oneDay.out.startsWith(QStringLiteral("Close-out (Z) report of 2001-01-01, all")),
                 qPrintable(oneDay.out));
        const Tool backwards =
            report({QStringLiteral("z"), QStringLiteral("--from"), QStringLiteral("2001-01-31"),
                    QStringLiteral("--to"), QStringLiteral("2001-01-01")},
                   m_reporter);
        QCOMPARE(backwards.code, 1);
        QVERIFY2(backwards.err.contains(QStringLiteral("the first not after the second")),
                 qPrintable(backwards.err));
    }

    // The month by day adds up to the Z report of the same days.
    void centralMonthly_addsUpToTheZReportOfTheMonth()
    {
        const QDate first(QDate::currentDate().year(), QDate::currentDate().month(), 1);
        PgConnection db;
        QString error;
        QVERIFY2(db.open(m_reporter, &error), qPrintable(error));
        CentralReports reports(db);
        const auto monthly = reports.byName(QStringLiteral("monthly"),
                                            first.toString(QStringLiteral("yyyy-MM")), {}, {});
        QVERIFY2(monthly, qPrintable(reports.errorString()));
        const auto z = reports.z(first, first.addMonths(1).addDays(-1));
        QVERIFY2(z, qPrintable(reports.errorString()));
        QVERIFY(!monthly->rows.isEmpty() && !z->rows.isEmpty());
        const QStringList month = monthly->rows.last();
        const QStringList all = z->rows.last();
        QCOMPARE(month.mid(0, 2), (QStringList{QStringLiteral("*"), QStringLiteral("*")}));
        QCOMPARE(month.mid(3), all.mid(4)); // paid, VAT, credit, energy
        qint64 purchases = 0;
        for (const QStringList &row : z->rows)
            if (row[2] == QLatin1String("purchase"))
                purchases += row[3].toLongLong();
        QCOMPARE(month[2].toLongLong(), purchases);
        // Per station, the days' rows add up to the station's total.
        for (const QString &station : {QStringLiteral("1"), QStringLiteral("2")}) {
            qint64 paid = 0;
            for (const QStringList &row : monthly->rows)
                if (row[0] != QLatin1String("*") && row[1] == station)
                    paid += money(row[3]);
            qint64 zPaid = -1;
            for (const QStringList &row : z->rows)
                if (row[0] == station && row[1] == QLatin1String("*"))
                    zPaid = money(row[4]);
            QCOMPARE(paid, zPaid);
        }
    }

    void stationLogin_isRefusedForCentralReports()
    {
        QVERIFY(!m_stationUrl.isEmpty());
        for (const QString &name : {QStringLiteral("z"), QStringLiteral("daily"),
                                    QStringLiteral("monthly"), QStringLiteral("stations")}) {
            const Tool refused = report({name, QStringLiteral("--csv")}, m_stationUrl);
            QCOMPARE(refused.code, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("reporting login")),
                     qPrintable(refused.err));
            QVERIFY(refused.out.isEmpty());
        }
        // A report the server does not offer, and the server away.
        const Tool unknown = report({QStringLiteral("suspicious")}, m_reporter);
        QCOMPARE(unknown.code, 2);
        m_pg.stop();
        const Tool offline = report({QStringLiteral("z")}, m_reporter);
        QCOMPARE(offline.code, 1);
        QVERIFY2(offline.err.contains(QStringLiteral("Cannot connect")), qPrintable(offline.err));
        QString why;
        QVERIFY2(m_pg.restart(&why), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestCentralReports)
#include "tst_centralreports.moc"
