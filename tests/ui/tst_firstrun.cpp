// A newcomer's first run on the offscreen platform: the set-up wizard by keyboard, and the
// station's built-in virtual card reader (ampcard-vcard on the real pcscd with vpcd).
#include <csignal>

#include <QDirIterator>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QPushButton>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "../card/cardfixtures.h"
#include "../card/pcscharness.h"
#include "../station/staff.h"

#include "ampcard/cardio/keystore.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/station/workstation.h"
#include "demometer.h"
#include "language.h"
#include "mainwindow.h"
#include "sellpage.h"
#include "setupwizard.h"
#include "virtualreader.h"

using namespace ampcard::station;

namespace {

// The processes named `name` with `argument` on their command line whose parent is `parent`,
// from /proc; zombies count as ended.
QList<qint64> childrenNamed(qint64 parent, const QString &name, const QByteArray &argument)
{
    QList<qint64> found;
    QDirIterator processes(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (processes.hasNext()) {
        const QString dir = processes.next();
        QFile stat(dir + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid ...: comm may hold spaces, so split after its last ')'.
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QString comm = QString::fromUtf8(line.mid(open + 1, close - open - 1));
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (rest.size() < 2 || rest[0] == "Z" || comm != name.left(15))
            continue;
        QFile commandLine(dir + QStringLiteral("/cmdline"));
        if (rest[1].toLongLong() == parent && commandLine.open(QIODevice::ReadOnly) &&
            commandLine.readAll().split('\0').contains(argument))
            found.append(line.left(open).trimmed().toLongLong());
    }
    return found;
}

bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

} // namespace

// The demo meter's LCD without its leading zeros ("0120.00" -> "120.00").
QString shown(const DemoMeter &meter)
{
    QString text = meter.lcdText().trimmed();
    while (text.size() > 4 && text.startsWith(QLatin1Char('0')) && text[1] != QLatin1Char('.'))
        text.remove(0, 1);
    return text;
}

// Types the names and secrets into the set-up wizard and leaves every page with Enter.
void walkThrough(SetupWizard &wizard, const QString &currencyKeys)
{
    const auto type = [&wizard](const char *name, const QString &text) {
        auto *edit = wizard.findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY(edit && edit->isVisible());
        QTest::keyClicks(edit, text);
    };
    const auto enter = [&wizard] {
        QWidget *focused = QApplication::focusWidget();
        QTest::keyClick(focused ? focused : &wizard, Qt::Key_Return);
    };
    QCOMPARE(wizard.currentId(), 0);
    if (!currencyKeys.isEmpty())
        QTest::keyClicks(wizard.findChild<QComboBox *>(QStringLiteral("currency")), currencyKeys);
    type("utilityName", QStringLiteral("Lakeside Power"));
    enter();
    QCOMPARE(wizard.currentId(), 1);
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("adminLogin"))->text(),
             QStringLiteral("admin"));
    type("adminName", QStringLiteral("Amina Odhiambo"));
    type("adminPassword", QStringLiteral("admin password"));
    type("adminRepeat", QStringLiteral("admin password"));
    enter();
    QCOMPARE(wizard.currentId(), 2);
    type("passphrase", QStringLiteral("a long passphrase"));
    type("passphraseRepeat", QStringLiteral("a long passphrase"));
    enter();
}

class TestFirstRun : public QObject {
    Q_OBJECT

private slots:
    // The wizard's prefilled fields (currency, utility id, station number, administrator login)
    // are accepted as they stand: only names and secrets are typed, every page left with Enter.
    void wizardAcceptsItsDefaultsByEnter_data()
    {
        QTest::addColumn<QString>("currencyKeys");
        QTest::addColumn<QString>("currency");
        QTest::newRow("defaults") << QString() << QStringLiteral("KES");
        QTest::newRow("currency-typed-in-the-list")
            << QStringLiteral("UGX") << QStringLiteral("UGX");
    }
    void wizardAcceptsItsDefaultsByEnter()
    {
        QFETCH(QString, currencyKeys);
        QFETCH(QString, currency);
        QTemporaryDir dir;
        Workstation context;
        SetupWizard wizard(context, dir.filePath(QStringLiteral("ledger.sqlite")),
                           dir.filePath(QStringLiteral("keys.json")));
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *currencies = wizard.findChild<QComboBox *>(QStringLiteral("currency"));
        QVERIFY(currencies->count() > 20);
        QVERIFY(currencies->itemText(currencies->findData(QStringLiteral("UGX")))
                    .contains(QStringLiteral("0 decimal")));
        QVERIFY(currencies->itemText(currencies->findData(QStringLiteral("KWD")))
                    .contains(QStringLiteral("3 decimal")));
        walkThrough(wizard, currencyKeys);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        QVERIFY(context.session());
        QCOMPARE(context.session()->login(), QStringLiteral("admin"));
        QCOMPARE(context.utilityName(), QStringLiteral("Lakeside Power"));
        QCOMPARE(context.currency(), currency);
        const StationSettings settings = Settings(context.ledger()).load();
        QCOMPARE(settings.utilityId, 3301u);
        QCOMPARE(settings.stationNumber, 1u);
        QSqlQuery plan(context.ledger().database());
        QVERIFY(
            plan.exec(QStringLiteral("SELECT count(*) FROM customers WHERE number = 'DEMO-1'")));
        QVERIFY(plan.next());
        QCOMPARE(plan.value(0).toInt(), 1);
        const auto demoPlan =
            TariffPlans(context.ledger())
                .effective(QStringLiteral("DEMO"), QDateTime::currentDateTimeUtc().addSecs(60));
        QVERIFY(demoPlan);
        QCOMPARE(demoPlan->file.currency, currency);
    }

    // The newcomer chooses the language on the wizard's first page, by keyboard: stored for the
    // station and in force once the wizard is done (Arabic: right to left).
    void wizardChoosesTheLanguage()
    {
        language::choose(QString());
        language::apply(QStringLiteral("en"));
        const auto english = qScopeGuard([] {
            language::choose(QString());
            language::apply(QStringLiteral("en"));
        });
        QTemporaryDir dir;
        Workstation context;
        SetupWizard wizard(context, dir.filePath(QStringLiteral("ledger.sqlite")),
                           dir.filePath(QStringLiteral("keys.json")));
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *choice = wizard.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(choice && choice->isVisible());
        QStringList offered;
        for (int i = 1; i < choice->count(); ++i)
            offered.append(choice->itemText(i));
        QCOMPARE(offered,
                 (QStringList{QStringLiteral("English"), QStringLiteral("Français"),
                              QStringLiteral("Português"), QStringLiteral("العربية"),
                              QStringLiteral("Kiswahili"), QStringLiteral("中文（简体）")}));
        choice->setFocus();
        while (choice->currentData().toString() != QLatin1String("ar") &&
               choice->currentIndex() < choice->count() - 1)
            QTest::keyClick(choice, Qt::Key_Down);
        QCOMPARE(choice->currentData().toString(), QStringLiteral("ar"));
        QCOMPARE(language::chosen(), QStringLiteral("ar"));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight); // not before the end
        walkThrough(wizard, {});
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(language::current(), QStringLiteral("ar"));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    }

    // However the station ends, its virtual card process ends with it: killed with SIGKILL (no
    // destructor runs), the station must not leave ampcard-vcard holding vpcd's reader.
    void virtualCardEndsWithAKilledStation()
    {
        QString why;
        QVERIFY2(testing::ensurePcscd(&why), qPrintable(why));
        QTemporaryDir dir;
        const QString ledgerPath = dir.filePath(QStringLiteral("ledger.sqlite"));
        {
            Ledger ledger;
            testing::Staff staff;
            QVERIFY(ledger.open(ledgerPath, true) && testing::seed(ledger, staff));
        }
        QProcess station;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           dir.filePath(QStringLiteral("config")));
        station.setProcessEnvironment(environment);
        station.setProcessChannelMode(QProcess::ForwardedChannels);
        station.start(QStringLiteral(AMPCARD_STATION), {QStringLiteral("--ledger"), ledgerPath});
        QVERIFY(station.waitForStarted(5000));
        // The card server, not the short-lived ones that make the demo card images.
        const QString vcardName = QStringLiteral("ampcard-vcard");
        QList<qint64> cards;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(cards = childrenNamed(station.processId(), vcardName, "--port")).isEmpty(), 30000);
        QCOMPARE(cards.size(), 1);
        // Signed-in or not, the station is waiting at its log-in dialog: kill it there.
        ::kill(static_cast<pid_t>(station.processId()), SIGKILL);
        QVERIFY(station.waitForFinished(5000));
        const qint64 card = cards.first();
        const auto leftover = qScopeGuard([card] {
            if (alive(card))
                ::kill(static_cast<pid_t>(card), SIGKILL);
        });
        QTRY_VERIFY_WITH_TIMEOUT(!alive(card), 5000);
        ampcard::cardio::PcscReader pcsc;
        QVERIFY(pcsc.waitForRemoval(testing::kVpcdReader, 5000).ok());
    }

    // The whole loop as a newcomer meets it, from an empty data folder: the wizard with its
    // defaults and demo data, demo card 1 in the built-in virtual reader, the first sale to the
    // demo customer with nothing but the amount and Enter, the card into the demo meter with one
    // click, and the meter loading the purchase and counting down to its alarm and trip.
    void demoLoopFromAnEmptyDataFolder()
    {
        QString why;
        QVERIFY2(testing::ensurePcscd(&why), qPrintable(why));
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(data.startsWith(home.path()));
        QVERIFY(!QDir(data).exists());
        QDir().mkpath(data);

        Workstation context;
        SetupWizard wizard(context, QDir(data).filePath(QStringLiteral("ledger.sqlite")),
                           QDir(data).filePath(QStringLiteral("keys.json")));
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        walkThrough(wizard, {});
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(wizard.demoData());

        VirtualReader reader(QDir(data).filePath(QStringLiteral("demo-cards")));
        QVERIFY2(reader.prepare() && reader.insert(0), qPrintable(reader.errorString()));
        QVERIFY(context.connectReader());
        QString problem;
        QVERIFY2(demo::openAccount(context, &problem), qPrintable(problem));

        MainWindow window(context, &reader);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DemoMeter *meter = window.showDemoMeter();
        QVERIFY(meter);
        QCOMPARE(shown(*meter), QStringLiteral("0.00"));

        // The first sale: the customer found by name, the amount, Enter.
        SellPage *sell = window.sellPage();
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        auto *search = sell->findChild<QLineEdit *>(QStringLiteral("search"));
        auto *amount = sell->findChild<QLineEdit *>(QStringLiteral("amount"));
        QTest::keyClicks(search, QStringLiteral("Demo Customer"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(amount->hasFocus(), qPrintable(sell->message()));
        QTest::keyClicks(amount, QStringLiteral("120"));
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY2(sell->message().startsWith(QStringLiteral("Sold")), qPrintable(sell->message()));
        QVERIFY(sell->lastReceipt());
        QCOMPARE(sell->lastReceipt()->value(QStringLiteral("combined")).toBool(), true);

        // One click puts the card into the meter: 120.00 at 12.0000 a kWh is 10 kWh.
        auto *insert = meter->findChild<QPushButton *>(QStringLiteral("insertCard"));
        QTest::mouseClick(insert, Qt::LeftButton);
        const auto *said = meter->findChild<QLabel *>(QStringLiteral("meterMessage"));
        QVERIFY2(said->text().startsWith(QStringLiteral("C-00")), qPrintable(said->text()));
        QCOMPARE(shown(*meter), QStringLiteral("120.00"));
        const auto *lcd = meter->findChild<QLabel *>(QStringLiteral("lcd"));
        QCOMPARE(lcd->text(), meter->lcdText());

        // 2 kW for an hour: 2 kWh at 12.0000, the meter counts down to 96.00.
        meter->run(3'600'000);
        QCOMPARE(shown(*meter), QStringLiteral("96.00"));
        const auto *alarm = meter->findChild<QLabel *>(QStringLiteral("alarmLamp"));
        const auto *trip = meter->findChild<QLabel *>(QStringLiteral("tripLamp"));
        QVERIFY(!alarm->property("lit").toBool());
        // Reverse flow counts too (the meter adds reverse energy): half an hour back out.
        meter->findChild<QCheckBox *>(QStringLiteral("reverse"))->setChecked(true);
        meter->run(1'800'000);
        QCOMPARE(meter->meter().state().registers.reverse.raw(), 1'000);
        QCOMPARE(shown(*meter), QStringLiteral("84.00"));
        // Below 50.00 the alarm lamp, and at the end of the credit the relay opens.
        meter->findChild<QCheckBox *>(QStringLiteral("reverse"))->setChecked(false);
        meter->run(3 * 3'600'000);
        QVERIFY(alarm->property("lit").toBool());
        meter->run(3 * 3'600'000);
        QVERIFY(trip->property("lit").toBool());
        QVERIFY(meter->findChild<QLabel *>(QStringLiteral("relay"))
                    ->text()
                    .contains(QStringLiteral("open")));

        // The card went back to the station's reader: the counter reads the meter's record.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(sell->findChild<QLineEdit *>(QStringLiteral("search")), Qt::Key_F5);
        QVERIFY2(sell->findChild<QLabel *>(QStringLiteral("account"))
                     ->text()
                     .contains(QStringLiteral("Remaining 120")),
                 qPrintable(sell->findChild<QLabel *>(QStringLiteral("account"))->text()));
        reader.pull();
    }

    // Without the utility's keys (no supervisor has unlocked them) the demo meter is not made:
    // it would keep a wrong key for good and refuse every demo card.
    void demoMeterWaitsForTheKeys()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("demo-meter"));
        {
            DemoMeter locked(ampcard::cardio::UtilityKeys{}, folder, nullptr);
            QString error;
            QVERIFY(!locked.start(&error));
            QVERIFY2(error.contains(QStringLiteral("supervisor")), qPrintable(error));
        }
        const auto keys = testing::utilityKeys(testing::kUtility, testing::kSeed);
        DemoMeter meter(keys, folder, nullptr);
        QString error;
        QVERIFY2(meter.start(&error), qPrintable(error));
        QCOMPARE(meter.meter().state().identity.utilityId, testing::kUtility);
    }

    // A page does not let the newcomer on while a required field is empty.
    void wizardWaitsForTheUtilityName()
    {
        QTemporaryDir dir;
        Workstation context;
        SetupWizard wizard(context, dir.filePath(QStringLiteral("ledger.sqlite")),
                           dir.filePath(QStringLiteral("keys.json")));
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), 0);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("utilityName")),
                         QStringLiteral("  "));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
