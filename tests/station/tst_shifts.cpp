#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "ampcard/station/reports.h"
#include "ampcard/station/shifts.h"
#include "desk.h"

using namespace ampcard;
using namespace ampcard::station;
using testing::byMoney;
using testing::Counter;

namespace {

qint64 moneyRaw(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    const auto parsed = tariff::Money::parse(std::string_view(bytes.constData(), bytes.size()));
    if (!parsed.ok())
        qFatal("not money: %s", bytes.constData());
    return parsed.value().raw();
}

// An account with three sales by the cashier, one cancelled by the supervisor.
bool trade(Counter &c, QString *cancelled)
{
    if (!c.setUp() || !c.openAccount() || !c.visitMeter().ok())
        return false;
    if (!Shifts(*c.ledger).open(*c.staff.cashier) || !Shifts(*c.ledger).open(*c.staff.supervisor))
        return false;
    for (int whole : {300, 200}) {
        if (!c.desk->sell(*c.staff.cashier, {}, byMoney(whole)) || !c.visitMeter().ok())
            return false;
    }
    const auto last = c.desk->sell(*c.staff.cashier, {}, byMoney(150));
    if (!last)
        return false;
    *cancelled = last->value(QStringLiteral("sale")).toString();
    // The refund is paid when the meter's record proves the cancellation loaded without the sale,
    // from the shift of whoever reads that record: here the supervisor's.
    return c.desk->cancel(*c.staff.supervisor, *cancelled) && c.visitMeter().ok() &&
           c.desk->inspect(*c.staff.supervisor);
}

} // namespace

class TestShifts : public QObject {
    Q_OBJECT

private slots:
    void oneOpenShiftPerOperator()
    {
        Counter c;
        QVERIFY(c.setUp());
        Shifts shifts(*c.ledger);
        const auto id = shifts.open(*c.staff.cashier);
        QVERIFY(id);
        QVERIFY(!shifts.open(*c.staff.cashier));
        QCOMPARE(shifts.current(QStringLiteral("cash"))->id, *id);
        // A cashier closes their own shift only; a supervisor may close anyone's.
        QVERIFY(shifts.open(*c.staff.installer));
        QVERIFY(!shifts.close(*c.staff.cashier, QStringLiteral("inst")));
        QVERIFY(shifts.close(*c.staff.supervisor, QStringLiteral("inst")));
        QVERIFY(!shifts.current(QStringLiteral("inst")));
    }

    // The Z report adds up the shift's work; the cash is what the journal says was taken.
    void zReportMatchesTheJournal()
    {
        Counter c;
        QString cancelled;
        QVERIFY(trade(c, &cancelled));
        Shifts shifts(*c.ledger);
        const QString shift = shifts.current(QStringLiteral("cash"))->id;
        const auto report = shifts.close(*c.staff.cashier, QStringLiteral("cash"));
        QVERIFY2(report, qPrintable(shifts.errorString()));
        // 300 + 200 + 150 taken by the cashier; the 150 given back in the supervisor's shift.
        QCOMPARE(moneyRaw(report->value(QStringLiteral("cash")).toString()),
                 tariff::Money::fromWhole(650).raw());
        const QJsonArray lines = report->value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].toObject().value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(report->value(QStringLiteral("ledgerHead")).toString(), c.ledger->head());
        QCOMPARE(report->value(QStringLiteral("hash")).toString(), Shifts::hashOf(*report));
        const auto supervisor = shifts.close(*c.staff.supervisor, QStringLiteral("sup"));
        QVERIFY(supervisor);
        QCOMPARE(moneyRaw(supervisor->value(QStringLiteral("cash")).toString()),
                 -tariff::Money::fromWhole(150).raw());
        QCOMPARE(c.scalar(QStringLiteral("SELECT sum(amount) FROM ledger")),
                 tariff::Money::fromWhole(500).raw());
        QVERIFY(zReportText(*report).contains(QStringLiteral("650.0000")));

        // Printed: sealed. The report cannot change, even by hand.
        QVERIFY(shifts.seal(*c.staff.cashier, shift));
        QVERIFY(shifts.reportIntact(shift));
        QSqlQuery edit(c.ledger->database());
        QVERIFY(!edit.exec(
            QStringLiteral("UPDATE shifts SET z_report = '{}' WHERE id = '%1'").arg(shift)));
        QVERIFY(edit.lastError().text().contains(QStringLiteral("sealed")));
        QCOMPARE(*shifts.zReport(shift), *report);
    }

    void closingWaitsForPendingSales()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        Shifts shifts(*c.ledger);
        QVERIFY(shifts.open(*c.staff.cashier));
        c.store.tearAfter(10);
        QVERIFY(!c.desk->sell(*c.staff.cashier, {}, byMoney(100)));
        c.store.tearAfter(SIZE_MAX);
        QVERIFY(!shifts.close(*c.staff.cashier, QStringLiteral("cash")));
        QVERIFY(shifts.errorString().contains(QStringLiteral("pending")));
        // The card comes back: the same token is written again and the sale completes.
        QVERIFY2(c.desk->inspect(*c.staff.cashier), qPrintable(c.desk->errorString()));
        QVERIFY2(shifts.close(*c.staff.cashier, QStringLiteral("cash")),
                 qPrintable(shifts.errorString()));
    }

    void reportsAndCsv()
    {
        Counter c;
        QString cancelled;
        QVERIFY(trade(c, &cancelled));
        Reports reports(*c.ledger);
        const QDate today = QDate::currentDate();
        QVERIFY(!reports.daily(*c.staff.cashier, today)); // a cashier sees their own work only
        const auto daily = reports.daily(*c.staff.supervisor, today);
        QVERIFY2(daily, qPrintable(reports.errorString()));
        const QStringList total = daily->rows.last();
        QCOMPARE(total.first(), QStringLiteral("*"));
        QCOMPARE(moneyRaw(total[3]), tariff::Money::fromWhole(500).raw());

        const auto month = reports.monthly(*c.staff.supervisor, today.year(), today.month());
        QVERIFY(month);
        QCOMPARE(month->rows.size(), 1);
        QCOMPARE(moneyRaw(month->rows[0][2]), tariff::Money::fromWhole(500).raw());

        const auto mine = reports.cashier(*c.staff.cashier, QStringLiteral("cash"), today, today);
        QVERIFY(mine);
        QCOMPARE(mine->rows.size(), 3);
        QVERIFY(!reports.cashier(*c.staff.cashier, QStringLiteral("sup"), today, today));

        const auto history = reports.customer(*c.staff.cashier, QStringLiteral("C-1"));
        QVERIFY(history);
        QCOMPARE(history->rows.size(), 5); // opening, three sales, the cancellation
        const QString csv = history->toCsv();
        QVERIFY(csv.startsWith(QStringLiteral("Time (UTC),Meter,Kind,")));
        QCOMPARE(csv.count(QStringLiteral("\r\n")), 6);
        QVERIFY(csv.contains(cancelled));

        ReportTable quoting{QStringLiteral("t"),
                            {QStringLiteral("a"), QStringLiteral("b")},
                            {{QStringLiteral("x,y"), QStringLiteral("say \"hi\"")}}};
        QCOMPARE(quoting.toCsv(), QStringLiteral("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n"));

        const auto byName =
            reports.byName(*c.staff.supervisor, QStringLiteral("nonsense"), {}, {}, {});
        QVERIFY(!byName);
        QVERIFY(reports.errorString().contains(QStringLiteral("suspicious")));
    }

    // A customer's energy by month: bought from the completed purchases, used from the growth of
    // forward + reverse between the return records the cards brought back.
    void usageByMonth()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        auto visit = [&](int forward, int reverse, std::uint32_t time) {
            card::ReturnRecord record;
            record.forward = tariff::Energy::fromWhole(forward);
            record.reverse = tariff::Energy::fromWhole(reverse);
            record.activeTariffId = 1;
            record.time = time;
            record.lastSequence = c.meter.lastSequence;
            return testing::meterVisits(c.service, c.meterKey, c.meter, record);
        };
        QCOMPARE(visit(100, 0, 800'000'000), kOk);
        const auto first = c.desk->sell(*c.staff.cashier, {}, byMoney(300));
        QVERIFY(first);
        QCOMPARE(visit(130, 5, 800'100'000), kOk);
        const auto second = c.desk->sell(*c.staff.cashier, {}, byMoney(200));
        QVERIFY(second);
        Reports reports(*c.ledger);
        const auto usage = reports.usage(*c.staff.cashier, QStringLiteral("C-1"));
        QVERIFY2(usage, qPrintable(reports.errorString()));
        QCOMPARE(usage->rows.size(), 1);
        QCOMPARE(usage->rows[0][0], QDate::currentDate().toString(QStringLiteral("yyyy-MM")));
        const auto energy = [](const QString &text) {
            return tariff::energyFromText(text).value_or(tariff::Energy::fromRaw(-1)).raw();
        };
        const qint64 bought = energy(first->value(QStringLiteral("energy")).toString()) +
                              energy(second->value(QStringLiteral("energy")).toString());
        QCOMPARE(energy(usage->rows[0][1]), bought);
        QCOMPARE(energy(usage->rows[0][2]), tariff::Energy::fromWhole(35).raw());
        QVERIFY(reports.byName(*c.staff.cashier, QStringLiteral("usage"), QStringLiteral("C-1"), {},
                               {}));
    }

    // Reverse energy, tamper events and illegal cards from return records; a purchase the meter
    // never loaded; a meter that fell silent.
    void suspiciousMeters()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        card::ReturnRecord record;
        record.reverse = tariff::Energy::fromWhole(12);
        record.tamperEvents = 2;
        record.illegalCards = 3;
        record.activeTariffId = 1;
        record.time = 800'000'000;
        QCOMPARE(testing::meterVisits(c.service, c.meterKey, c.meter, record), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        QVERIFY(c.desk->sell(*c.staff.cashier, {}, byMoney(100))); // never loaded
        Reports reports(*c.ledger);
        const auto now = reports.suspicious(*c.staff.supervisor, QDateTime::currentDateTimeUtc());
        QVERIFY(now);
        QCOMPARE(now->rows.size(), 1);
        const QString findings = now->rows[0][3];
        QVERIFY2(findings.contains(QStringLiteral("reverse energy 12")), qPrintable(findings));
        QVERIFY(findings.contains(QStringLiteral("2 tamper")));
        QVERIFY(findings.contains(QStringLiteral("3 illegal")));
        QVERIFY(!findings.contains(QStringLiteral("not loaded")));
        QVERIFY(!findings.contains(QStringLiteral("silent")));
        const auto later =
            reports.suspicious(*c.staff.supervisor, QDateTime::currentDateTimeUtc().addDays(90));
        QVERIFY(later);
        QVERIFY(later->rows[0][3].contains(QStringLiteral("1 purchase(s) not loaded")));
        QVERIFY(later->rows[0][3].contains(QStringLiteral("silent")));

        const auto consumption =
            reports.consumption(*c.staff.supervisor, QDate::currentDate(), QDate::currentDate());
        QVERIFY(consumption);
        QCOMPARE(consumption->rows.size(), 1);
        QCOMPARE(consumption->rows[0][0], QLatin1String(testing::kMeterNumber));
    }
};

QTEST_GUILESS_MAIN(TestShifts)
#include "tst_shifts.moc"
