// A tariff change pushed to a meter at once over its line (issue 17, docs/network.md "Tariff
// changes at once"): the station's CardDesk with an in-process reader on a card image, and the
// real firmware in ampcard-meter-sim on a socat pty (DL/T645). No pcscd: the card image goes from
// the station's reader to the simulator's slot as a file. Adversarial tests are named after the
// invariant they attack.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../e2e/loop.h"
#include "ampcard/cardio/cardimage.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/cardio/localcard.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/remotemeter.h"

using namespace ampcard;
using namespace ampcard::station;
using namespace testing;

namespace {

constexpr const char *kPlanV1 =
    R"({"name":"L2","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
    R"("steps":[{"price":"20.0000"}]})";
constexpr const char *kPlanV2 =
    R"({"name":"L2","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
    R"("steps":[{"price":"31.5000"}]})";
constexpr const char *kPlanV3 =
    R"({"name":"L2","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
    R"("steps":[{"price":"40.0000"}]})";

// Keeps every token that goes over the line, as someone tapping the RS-485 pair would.
class TappedLine final : public RemoteMeter {
public:
    explicit TappedLine(RemoteMeter &line) : m_line(line) {}
    Status state(const QString &meter, RemoteState *state) override
    {
        return m_line.state(meter, state);
    }
    Status deliver(const QString &meter, const std::vector<std::uint8_t> &token,
                   std::uint8_t *outcome) override
    {
        tokens.push_back(token);
        return m_line.deliver(meter, token, outcome);
    }
    std::vector<std::vector<std::uint8_t>> tokens;

private:
    RemoteMeter &m_line;
};

// The station (ledger, staff with open shifts, plan L2 v1, a CardDesk on an in-process reader
// holding the user card image) and the meter (ampcard-meter-sim on an RS-485 pty), the account
// opened and its card loaded into the meter.
struct Rig {
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    Staff staff;
    cardio::UtilityKeys keys = utilityKeys(kUtility, kSeed);
    cardio::CardImage image;
    std::unique_ptr<cardio::LocalCard> reader;
    std::unique_ptr<CardDesk> desk;
    QDateTime now = QDateTime(QDate(QDate::currentDate().year() + 1, 3, 5), QTime(8, 0), Qt::UTC);
    SerialLine rs485;
    MeterConsole meter;
    std::unique_ptr<Dlt645RemoteMeter> line = std::make_unique<Dlt645RemoteMeter>();

    QString setUp()
    {
        ledger = freshLedger(dir);
        if (!ledger || !seed(*ledger, staff))
            return QStringLiteral("ledger");
        StationSettings settings;
        settings.utilityId = kUtility;
        settings.stationNumber = 7;
        if (!Settings(*ledger).save(*staff.admin, settings))
            return QStringLiteral("settings");
        if (TariffPlans(*ledger).addVersion(*staff.supervisor, QStringLiteral("L2"),
                                            QByteArray(kPlanV1),
                                            QDateTime::currentDateTimeUtc()) <= 0)
            return QStringLiteral("plan");
        if (!Shifts(*ledger).open(*staff.installer) || !Shifts(*ledger).open(*staff.cashier))
            return QStringLiteral("shifts");
        card::CardId id;
        id.kind = card::CardKind::kUser;
        id.serial = 0x1001;
        if (!image.create(cardPath(), id, card::Protocol::kT1).ok())
            return QStringLiteral("card image");
        reader = std::make_unique<cardio::LocalCard>(image, card::Protocol::kT1);
        desk = std::make_unique<CardDesk>(*ledger, keys, *reader, [this] { return now; });
        if (!writeMeterKeyFile(dir.filePath(QStringLiteral("meter.key"))) ||
            !writeCreditFile(dir.filePath(QStringLiteral("credit.json")), kQuietCredit))
            return QStringLiteral("meter files");
        if (!rs485.start(dir.path(), QStringLiteral("rs485")))
            return QStringLiteral("socat is needed: bash scripts/deps.sh serial");
        if (!meter.start(QStringLiteral(AMPCARD_METER_SIM),
                         {QStringLiteral("--state"), dir.filePath(QStringLiteral("state")),
                          QStringLiteral("--key-file"), dir.filePath(QStringLiteral("meter.key")),
                          QStringLiteral("--credit"), dir.filePath(QStringLiteral("credit.json")),
                          QStringLiteral("--time"),
                          now.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                          QStringLiteral("--rs485"), rs485.meterSide}))
            return QStringLiteral("ampcard-meter-sim");
        QString why;
        if (!line->open(rs485.stationSide, 2400, &why))
            return why;
        AccountRequest opening;
        opening.customerNumber = QStringLiteral("C-1");
        opening.meter.number = QLatin1String(kLoopMeter);
        opening.meter.tariffPlan = QStringLiteral("L2");
        if (!desk->openAccount(*staff.installer, opening))
            return QStringLiteral("opening: ") + desk->errorString();
        // The card goes to the meter: it loads the opening (sequence 1) and binds the card.
        const QString code = meter.command(QStringLiteral("insert ") + cardPath())
                                 .value(QStringLiteral("code"))
                                 .toString();
        meter.command(QStringLiteral("remove"));
        if (code != QLatin1String("C-00"))
            return QStringLiteral("the meter did not load the opening: ") + code;
        return {};
    }
    QString cardPath() const { return dir.filePath(QStringLiteral("card.img")); }
    // `ampcard meter push-tariff ARGUMENTS --ledger …` signed in as the installer with the
    // station's keystore (written on first use); its exit code, standard output and error.
    std::tuple<int, QByteArray, QByteArray> ampcard(const QStringList &arguments)
    {
        const QString keystore = dir.filePath(QStringLiteral("keys.json"));
        if (!QFile::exists(keystore) &&
            cardio::Keystore::write(keystore, kUtility, masterKeyBytes(kSeed), "station passphrase",
                                    cardio::KdfCost{1u << 10, 8, 1}) != kOk)
            return {-1, {}, "cannot write the keystore"};
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("AMPCARD_OPERATOR"), QStringLiteral("inst"));
        environment.insert(QStringLiteral("AMPCARD_PASSWORD"), QStringLiteral("inst-pass"));
        environment.insert(QStringLiteral("AMPCARD_KEYSTORE"), keystore);
        environment.insert(QStringLiteral("AMPCARD_PASSPHRASE"),
                           QStringLiteral("station passphrase"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(AMPCARD_EXECUTABLE),
                      QStringList{QStringLiteral("meter"), QStringLiteral("push-tariff"),
                                  QStringLiteral("--ledger"), ledger->database().databaseName()} +
                          arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("ampcard did not finish");
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    // A new version of plan L2 from `from` (station time); its tariff id (the ledger's rowid).
    qint64 addVersion(const char *json, const QDateTime &from)
    {
        const int version = TariffPlans(*ledger).addVersion(*staff.supervisor, QStringLiteral("L2"),
                                                            QByteArray(json), from);
        if (version <= 0)
            return -1;
        return scalar(QStringLiteral("SELECT rowid FROM tariff_plans WHERE name = 'L2' AND "
                                     "version = %1")
                          .arg(version));
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(ledger->database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    qint64 audits(const QString &action)
    {
        return scalar(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action));
    }
    int lastSeq() { return meter.status().value(QStringLiteral("lastSeq")).toInt(); }
    QString price() { return meter.status().value(QStringLiteral("price")).toString(); }
    qint64 newestActiveTariff()
    {
        return scalar(QStringLiteral("SELECT active_tariff FROM return_records ORDER BY "
                                     "seal_counter DESC, rowid DESC LIMIT 1"));
    }
    std::optional<TariffPush> push(RemoteMeter &link)
    {
        return desk->pushTariff(*staff.installer, QLatin1String(kLoopMeter), link);
    }
    std::optional<QJsonObject> sellRemote(qint64 whole)
    {
        SaleRequest request;
        request.money = tariff::Money::fromWhole(whole);
        return desk->sellRemote(*staff.cashier, QLatin1String(kLoopMeter), request, *line);
    }
};

} // namespace

class TestTariffPush : public QObject {
    Q_OBJECT

private slots:
    // The plan's new version reaches the meter at once: sealed at the meter's next sequence,
    // loaded, proven by the meter's sealed record (which then names the new tariff), recorded once
    // as a cardless parameter issue and audited; nothing is charged. A second push finds nothing
    // to send; the next remote sale takes the following sequence and loads.
    void pushLoadsThePlanTariffAndTheSequenceMovesOn()
    {
        Rig rig;
        const QString problem = rig.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rig.price(), QStringLiteral("20.0000"));
        QCOMPARE(rig.lastSeq(), 1);
        const qint64 v2 = rig.addVersion(kPlanV2, QDateTime::currentDateTimeUtc());
        QVERIFY(v2 > 0);
        const qint64 journal = rig.scalar(QStringLiteral("SELECT count(*) FROM ledger"));

        const auto pushed = rig.push(*rig.line);
        QVERIFY2(pushed, qPrintable(rig.desk->errorString()));
        QCOMPARE(pushed->outcome, TariffPush::Outcome::kLoaded);
        QCOMPARE(pushed->sequence, 2);
        QCOMPARE(qint64(pushed->tariffId), v2);
        QCOMPARE(pushed->plan, QStringLiteral("L2 v2"));
        QVERIFY2(pushed->settled.join(QLatin1Char('|')).contains(QStringLiteral("completed")),
                 qPrintable(pushed->settled.join(QLatin1Char('|'))));
        // The meter itself: it loaded sequence 2 and bills at the new price.
        QCOMPARE(rig.lastSeq(), 2);
        QCOMPARE(rig.price(), QStringLiteral("31.5000"));
        // Its sealed record names the new tariff (read a second later: records of the same meter
        // second and load count are stored once).
        rig.meter.command(QStringLiteral("advance 1"));
        QVERIFY(rig.desk->settleRemote(*rig.staff.cashier, QLatin1String(kLoopMeter), *rig.line));
        QCOMPARE(rig.newestActiveTariff(), v2);
        // Recorded once, settled once, audited; no money and no sale row.
        QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM function_card_issues WHERE "
                                           "card_serial = 0 AND kind = 3 AND sequence = 2")),
                 1);
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push")), 1);
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push.loaded")), 1);
        QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM ledger")), journal);
        QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'purchase'")),
                 0);

        // Nothing new to send: no sequence is used up.
        const auto again = rig.push(*rig.line);
        QVERIFY2(again, qPrintable(rig.desk->errorString()));
        QCOMPARE(again->outcome, TariffPush::Outcome::kCurrent);
        QCOMPARE(rig.lastSeq(), 2);
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push")), 1);

        // The next remote sale goes on from the push's sequence, loads, and carries no tariff.
        const auto sold = rig.sellRemote(100);
        QVERIFY2(sold, qPrintable(rig.desk->errorString()));
        QCOMPARE((*sold)[QStringLiteral("sequence")].toInt(), 3);
        QCOMPARE((*sold)[QStringLiteral("state")].toString(), QStringLiteral("complete"));
        QVERIFY(!sold->contains(QStringLiteral("tariff")));
        QCOMPARE(rig.lastSeq(), 3);
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push.loaded")), 1);
        QVERIFY(!rig.ledger->verify().brokenAt);
    }

    // A version that takes effect later rides as the meter's pending tariff: proven loaded now,
    // billed from its activation on, by the meter's own clock.
    void followingVersionIsPendingOnTheMeterUntilItsActivation()
    {
        Rig rig;
        const QString problem = rig.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Credit and a few minutes of use: the meter bills, which is when the opening's tariff
        // (loaded "from now") takes over from the factory one.
        QVERIFY2(rig.sellRemote(100), qPrintable(rig.desk->errorString()));
        rig.meter.consume(1000, 300);
        rig.now = rig.now.addSecs(300);
        QCOMPARE(rig.price(), QStringLiteral("20.0000"));
        const qint64 v2 = rig.addVersion(kPlanV3, rig.now.addSecs(3600));
        QVERIFY(v2 > 0);
        const auto pushed = rig.push(*rig.line);
        QVERIFY2(pushed, qPrintable(rig.desk->errorString()));
        QCOMPARE(pushed->outcome, TariffPush::Outcome::kLoaded);
        QCOMPARE(qint64(pushed->tariffId), v2);
        QCOMPARE(rig.lastSeq(), 3);
        QCOMPARE(rig.price(), QStringLiteral("20.0000"));
        rig.meter.command(QStringLiteral("advance 3660"));
        QCOMPARE(rig.price(), QStringLiteral("40.0000"));
    }

    // line-silent: the answer to the push is lost (the meter loaded it) and so is the next read.
    // The push stays pending, then the meter's next sealed record settles it, exactly once.
    void lineSilent_lostAnswerSettledOnceByTheNextRecord()
    {
        Rig rig;
        const QString problem = rig.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qint64 v2 = rig.addVersion(kPlanV2, QDateTime::currentDateTimeUtc());
        QVERIFY(v2 > 0);
        LossyLine lost(*rig.line, true, 1);
        QVERIFY(!rig.push(lost));
        QVERIFY2(rig.desk->errorString().contains(QStringLiteral("stays pending")),
                 qPrintable(rig.desk->errorString()));
        QCOMPARE(rig.lastSeq(), 2); // the meter has it
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push")), 1);
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push.loaded")), 0);

        const auto settled =
            rig.desk->settleRemote(*rig.staff.cashier, QLatin1String(kLoopMeter), *rig.line);
        QVERIFY2(settled && settled->join(QLatin1Char('|')).contains(QStringLiteral("completed")),
                 qPrintable(settled ? settled->join(QLatin1Char('|')) : rig.desk->errorString()));
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push.loaded")), 1);
        const auto twice =
            rig.desk->settleRemote(*rig.staff.cashier, QLatin1String(kLoopMeter), *rig.line);
        QVERIFY2(twice && twice->isEmpty(),
                 qPrintable(twice ? twice->join(QLatin1Char('|')) : rig.desk->errorString()));
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push.loaded")), 1);
        // Nothing is sent twice: the meter runs v2, so there is nothing to push.
        const auto again = rig.push(*rig.line);
        QVERIFY2(again && again->outcome == TariffPush::Outcome::kCurrent,
                 qPrintable(rig.desk->errorString()));
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push")), 1);
        // The line is good again: the plan's next change goes at the sequence after the push.
        QVERIFY(rig.addVersion(kPlanV3, QDateTime::currentDateTimeUtc()) > 0);
        const auto third = rig.push(*rig.line);
        QVERIFY2(third && third->outcome == TariffPush::Outcome::kLoaded,
                 qPrintable(rig.desk->errorString()));
        QCOMPARE(third->sequence, 3);
        QCOMPARE(rig.price(), QStringLiteral("40.0000"));
    }

    // line-silent: the push never reached the meter and its answer is lost. It stays pending (a
    // copy could still arrive), the next sale takes the sequence after it, carries the tariff and
    // loads; the meter's record then closes the push, once, and its sequence is never reused.
    void lineSilent_undeliveredPushIsClosedByTheNextSaleNeverReused()
    {
        Rig rig;
        const QString problem = rig.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qint64 v2 = rig.addVersion(kPlanV2, QDateTime::currentDateTimeUtc());
        QVERIFY(v2 > 0);
        LossyLine dropped(*rig.line, false, 0);
        QVERIFY(!rig.push(dropped));
        QVERIFY2(rig.desk->errorString().contains(QStringLiteral("stays pending")),
                 qPrintable(rig.desk->errorString()));
        QCOMPARE(rig.lastSeq(), 1);

        const auto sold = rig.sellRemote(100);
        QVERIFY2(sold, qPrintable(rig.desk->errorString()));
        QCOMPARE((*sold)[QStringLiteral("sequence")].toInt(), 3);
        QVERIFY(sold->contains(QStringLiteral("tariff")));
        QCOMPARE(rig.lastSeq(), 3);
        QCOMPARE(rig.price(), QStringLiteral("31.5000"));
        // The sale's record shows v2 active: the push's tariff is in place, settled as loaded.
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push.loaded")) +
                     rig.audits(QStringLiteral("meter.tariff-push.closed")),
                 1);
        QVERIFY(rig.desk->settleRemote(*rig.staff.cashier, QLatin1String(kLoopMeter), *rig.line));
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push.loaded")) +
                     rig.audits(QStringLiteral("meter.tariff-push.closed")),
                 1);
    }

    // someone-on-the-RS-485-line: a push token captured on the line and sent again is refused by
    // the meter (its sequence is used up) and creates nothing at the station or on the meter.
    void lineAttacker_replayedTariffPushIsRefused()
    {
        Rig rig;
        const QString problem = rig.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(rig.addVersion(kPlanV2, QDateTime::currentDateTimeUtc()) > 0);
        TappedLine tap(*rig.line);
        const auto pushed = rig.push(tap);
        QVERIFY2(pushed, qPrintable(rig.desk->errorString()));
        QCOMPARE(tap.tokens.size(), std::size_t(1));
        const auto sold = rig.sellRemote(100); // the meter moves on to sequence 3
        QVERIFY2(sold, qPrintable(rig.desk->errorString()));
        const QString remaining = rig.meter.status().value(QStringLiteral("remaining")).toString();
        const auto counts = [&rig] {
            return QList<qint64>{
                rig.scalar(QStringLiteral("SELECT count(*) FROM function_card_issues")),
                rig.scalar(QStringLiteral("SELECT count(*) FROM sales")),
                rig.scalar(QStringLiteral("SELECT count(*) FROM ledger")),
                rig.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                          "'meter.tariff-push%'"))};
        };
        const QList<qint64> before = counts();

        std::uint8_t outcome = 0;
        QVERIFY(rig.line->deliver(QLatin1String(kLoopMeter), tap.tokens.front(), &outcome).ok());
        QVERIFY2(outcome != 0, qPrintable(QString::number(outcome)));
        QCOMPARE(rig.lastSeq(), 3);
        QCOMPARE(rig.meter.status().value(QStringLiteral("remaining")).toString(), remaining);
        // The station reads the meter again: nothing new is settled, nothing recorded.
        const auto settled =
            rig.desk->settleRemote(*rig.staff.cashier, QLatin1String(kLoopMeter), *rig.line);
        QVERIFY2(settled && settled->isEmpty(),
                 qPrintable(settled ? settled->join(QLatin1Char('|')) : rig.desk->errorString()));
        QCOMPARE(counts(), before);
    }

    // wrong-key: the ledger holds a key version the meter never got (a key-change card lost on
    // the way). The meter refuses the push; the station says so and the meter keeps its tariff.
    void meterRefusingThePushIsReported()
    {
        Rig rig;
        const QString problem = rig.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(rig.addVersion(kPlanV2, QDateTime::currentDateTimeUtc()) > 0);
        QSqlQuery update(rig.ledger->database());
        QVERIFY(update.exec(QStringLiteral("UPDATE meters SET key_version = 2")));

        QVERIFY(!rig.push(*rig.line));
        const QString error = rig.desk->errorString();
        QVERIFY2(error.contains(QStringLiteral("refused")) &&
                     error.contains(QStringLiteral("C-15")),
                 qPrintable(error));
        QCOMPARE(rig.lastSeq(), 1);
        QCOMPARE(rig.price(), QStringLiteral("20.0000"));
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push.loaded")), 0);
    }

    // The refusals that need no line work: an unknown meter, a cashier, a locked keystore.
    void refusesUnknownMeterAndOperatorsWithoutTheRight()
    {
        Rig rig;
        const QString problem = rig.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(
            !rig.desk->pushTariff(*rig.staff.installer, QStringLiteral("310100000099"), *rig.line));
        QVERIFY2(rig.desk->errorString().contains(QStringLiteral("not registered")),
                 qPrintable(rig.desk->errorString()));
        QVERIFY(!rig.desk->pushTariff(*rig.staff.cashier, QLatin1String(kLoopMeter), *rig.line));
        QVERIFY2(rig.desk->errorString().contains(QStringLiteral("installer")),
                 qPrintable(rig.desk->errorString()));
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push")), 0);
        QCOMPARE(rig.lastSeq(), 1);
    }

    // The command line: `ampcard meter push-tariff` signed in as the installer with the station's
    // keystore pushes the new version (JSON names the sequence); with no --port and no meter line
    // set it says so; pushed again there is nothing to send.
    void commandLinePushesTheTariff()
    {
        Rig rig;
        const QString problem = rig.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qint64 v2 = rig.addVersion(kPlanV2, QDateTime::currentDateTimeUtc());
        QVERIFY(v2 > 0);
        rig.line.reset(); // the port is the command's now
        const auto ampcard = [&](const QStringList &arguments) {
            return rig.ampcard(QStringList{QStringLiteral("--meter"), QLatin1String(kLoopMeter)} +
                               arguments);
        };
        auto [code, out, err] = ampcard({});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("No meter line is configured"), err.constData());

        std::tie(code, out, err) =
            ampcard({QStringLiteral("--port"), rig.rs485.stationSide, QStringLiteral("--json")});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json[QStringLiteral("state")].toString(), QStringLiteral("loaded"));
        QCOMPARE(json[QStringLiteral("sequence")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("tariffId")].toInteger(), v2);
        QCOMPARE(rig.lastSeq(), 2);
        QCOMPARE(rig.price(), QStringLiteral("31.5000"));
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push.loaded")), 1);

        std::tie(code, out, err) = ampcard({QStringLiteral("--port"), rig.rs485.stationSide});
        QVERIFY2(code == 0 && out.contains("already runs plan L2 v2"), out + err);
        QCOMPARE(rig.lastSeq(), 2);
    }

    // A whole plan at once: `--plan L2` pushes to every active meter of L2 one after another. The
    // meter on the line loads it; a second meter of the plan that is not on this line does not
    // answer: it is named with its cause, does not stop the first, and the exit status says not
    // every meter took the tariff. A suspended meter of the plan is not tried.
    void commandLinePushesAPlanToEveryMeterOnTheLine()
    {
        Rig rig;
        const QString problem = rig.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The absent meter comes first by number, so the meter on the line is tried after a
        // failure.
        const QString absent = QStringLiteral("310100000000");
        const QString suspended = QStringLiteral("310100000005");
        QVERIFY(absent < QLatin1String(kLoopMeter) && suspended != QLatin1String(kLoopMeter));
        // Two more meters of plan L2, registered without cards (the card does not matter here).
        Meters meters(*rig.ledger);
        for (const QString &number : {absent, suspended}) {
            Customer customer;
            customer.number = QStringLiteral("C-") + number;
            customer.name = QStringLiteral("Customer ") + number;
            QVERIFY2(Customers(*rig.ledger).add(*rig.staff.installer, customer),
                     qPrintable(number));
            MeterRecord meter;
            meter.number = number;
            meter.customerNumber = customer.number;
            meter.tariffPlan = QStringLiteral("L2");
            QVERIFY2(meters.add(*rig.staff.installer, meter), qPrintable(meters.errorString()));
        }
        std::optional<MeterRecord> record = meters.byNumber(suspended);
        QVERIFY(record);
        record->status = QStringLiteral("suspended");
        QVERIFY2(meters.update(*rig.staff.supervisor, *record), qPrintable(meters.errorString()));
        QCOMPARE(meters.activeOnPlan(QStringLiteral("L2")).size(), 2);

        const qint64 v2 = rig.addVersion(kPlanV2, QDateTime::currentDateTimeUtc());
        QVERIFY(v2 > 0);
        rig.line.reset(); // the port is the command's now
        auto [code, out, err] =
            rig.ampcard({QStringLiteral("--plan"), QStringLiteral("L2"), QStringLiteral("--port"),
                         rig.rs485.stationSide, QStringLiteral("--json")});
        QCOMPARE(code, 1);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QVERIFY2(!json.isEmpty(), out + err);
        QCOMPARE(json[QStringLiteral("taken")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("failed")].toInt(), 1);
        const QJsonArray results = json[QStringLiteral("meters")].toArray();
        QCOMPARE(results.size(), 2);
        QJsonObject loaded, failed;
        for (const QJsonValue &value : results)
            (value[QStringLiteral("meter")].toString() == QLatin1String(kLoopMeter) ? loaded
                                                                                    : failed) =
                value.toObject();
        QCOMPARE(loaded[QStringLiteral("state")].toString(), QStringLiteral("loaded"));
        QCOMPARE(loaded[QStringLiteral("sequence")].toInt(), 2);
        QCOMPARE(loaded[QStringLiteral("tariffId")].toInteger(), v2);
        QCOMPARE(failed[QStringLiteral("meter")].toString(), absent);
        QCOMPARE(failed[QStringLiteral("state")].toString(), QStringLiteral("failed"));
        QVERIFY(!failed[QStringLiteral("error")].toString().isEmpty());
        QCOMPARE(rig.lastSeq(), 2);
        QCOMPARE(rig.price(), QStringLiteral("31.5000"));
        QCOMPARE(rig.audits(QStringLiteral("meter.tariff-push.loaded")), 1);

        // Again, in words: the meter on the line already runs it; the absent one is named.
        std::tie(code, out, err) = rig.ampcard({QStringLiteral("--plan"), QStringLiteral("L2"),
                                                QStringLiteral("--port"), rig.rs485.stationSide});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("already runs plan L2 v2"), out + err);
        QVERIFY2(out.contains(("Meter " + absent + ": ").toUtf8()), out + err);
        QVERIFY2(out.contains("1 of 2 meters of plan L2 run its tariff now."), out + err);
        QVERIFY2(!out.contains(suspended.toUtf8()), out);
        QCOMPARE(rig.lastSeq(), 2);

        // --meter and --plan together, or a plan with no active meter, are refused up front.
        std::tie(code, out, err) = rig.ampcard(
            {QStringLiteral("--plan"), QStringLiteral("L2"), QStringLiteral("--meter"),
             QLatin1String(kLoopMeter), QStringLiteral("--port"), rig.rs485.stationSide});
        QCOMPARE(code, 2);
        std::tie(code, out, err) = rig.ampcard({QStringLiteral("--plan"), QStringLiteral("NONE"),
                                                QStringLiteral("--port"), rig.rs485.stationSide});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("No active meter is on plan NONE"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTariffPush)
#include "tst_tariffpush.moc"
