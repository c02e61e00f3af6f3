// Network mode in the counter application, on a real PostgreSQL 15 with TLS: Administration →
// Network joins the station to the server and sends its history; the status bar's indicator,
// pushing on its own thread, says "Synced …" while the server is there and "Offline since …"
// with what waits once it is gone.

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QSqlQuery>
#include <QTimer>
#include <QTreeWidget>

#include "../central/pgcluster.h"
#include "../station/desk.h"
#include "fits.h"
#include "ampcard/central/pg.h"
#include "ampcard/station/centralreports.h"
#include "ampcard/station/sync.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/station/workstation.h"
#include "allstations.h"
#include "mainwindow.h"
#include "networkdialog.h"
#include "syncindicator.h"

using namespace ampcard::station;

class TestNetworkUi : public QObject {
    Q_OBJECT

    // `ampcard ARGUMENTS`: the "url" of its JSON output.
    static QString toolUrl(const QStringList &arguments)
    {
        QProcess tool;
        tool.start(QStringLiteral(AMPCARD_EXECUTABLE), arguments);
        if (!tool.waitForFinished(60000) || tool.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(tool.readAllStandardOutput())
            .object()
            .value(QStringLiteral("url"))
            .toString();
    }

    // Answers the next input dialog with `text`, as a supervisor typing it and pressing Enter.
    void answerNextDialog(const QString &text)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, text] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            dialog->setTextValue(text);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        timer->start();
    }

private slots:
    void describe_saysWhereTheStationStands()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Sync::State state;
        QCOMPARE(SyncIndicator::describe(state, now), QString()); // stand-alone
        state.joined = true;
        state.lastSuccess = now.addSecs(-7);
        QCOMPARE(SyncIndicator::describe(state, now), QStringLiteral("Synced 7 s ago"));
        state.waiting = 3;
        state.lastError = QStringLiteral("Cannot connect to the server");
        state.lastErrorAt = now.addSecs(-1);
        QVERIFY(SyncIndicator::describe(state, now).startsWith(QStringLiteral("Offline since ")));
        QVERIFY(SyncIndicator::describe(state, now).endsWith(QStringLiteral(" · 3 waiting")));
        // Down since yesterday: the date is said too.
        state.lastSuccess = now.addDays(-1);
        QVERIFY(SyncIndicator::describe(state, now)
                    .contains(QLocale().toString(now.addDays(-1).toLocalTime().date(),
                                                 QLocale::ShortFormat)));
        state.lastSuccess = {};
        QCOMPARE(SyncIndicator::describe(state, now), QStringLiteral("Not synced yet · 3 waiting"));
    }

    void administrationJoinsTheServer_indicatorFollowsTheLink()
    {
        testing::PgCluster pg;
        QString why;
        QVERIFY2(pg.start(&why), qPrintable(why));
        QProcess tool;
        tool.start(QStringLiteral(AMPCARD_EXECUTABLE),
                   {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"),
                    pg.adminUrl()});
        QVERIFY(tool.waitForFinished(60000) && tool.exitCode() == 0);
        tool.start(QStringLiteral(AMPCARD_EXECUTABLE),
                   {QStringLiteral("server"), QStringLiteral("add-station"), QStringLiteral("--db"),
                    pg.adminUrl(), QStringLiteral("--station"), QStringLiteral("4"),
                    QStringLiteral("--float"), QStringLiteral("1000"), QStringLiteral("--json")});
        QVERIFY(tool.waitForFinished(60000) && tool.exitCode() == 0);
        const QString url = QJsonDocument::fromJson(tool.readAllStandardOutput())
                                .object()
                                .value(QStringLiteral("url"))
                                .toString();

        testing::Counter c;
        QVERIFY(c.setUp());
        const QString path = c.path;
        c.desk.reset();
        c.ledger.reset();
        Workstation station;
        QVERIFY2(station.openLedger(path, false), qPrintable(station.errorString()));
        QVERIFY(testing::keyLedger(station.ledger()));

        // A cashier may not join; the administrator does, by keyboard.
        QVERIFY(station.signIn(QStringLiteral("cash"), QStringLiteral("cash-pass")));
        NetworkDialog refused(station);
        refused.findChild<QLineEdit *>(QStringLiteral("networkServer"))->setText(url);
        QVERIFY(!refused.join());
        QVERIFY(refused.message().contains(QStringLiteral("administrator")));
        QVERIFY(station.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass")));
        NetworkDialog dialog(station);
        auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("networkServer"));
        auto *number = dialog.findChild<QSpinBox *>(QStringLiteral("networkStation"));
        auto *join = dialog.findChild<QPushButton *>(QStringLiteral("networkJoin"));
        QVERIFY(server && number && join);
        QVERIFY(join->isEnabled());
        server->setText(url);
        number->setValue(4);
        QTest::keyClick(join, Qt::Key_Space);
        QVERIFY2(dialog.message().startsWith(QStringLiteral("Joined as station 4")),
                 qPrintable(dialog.message()));
        QVERIFY(!join->isEnabled());
        const QString state = dialog.findChild<QLabel *>(QStringLiteral("networkState"))->text();
        QVERIFY2(state.contains(QStringLiteral("Float left: 1000.0000")), qPrintable(state));
        QVERIFY(Sync(station.ledger()).joined());

        SyncIndicator indicator(path, 100);
        QSignalSpy rounds(&indicator, &SyncIndicator::roundDone);
        QVERIFY(rounds.wait(10000));
        QVERIFY2(indicator.text().startsWith(QStringLiteral("Synced ")),
                 qPrintable(indicator.text()));
        QVERIFY(!indicator.isHidden());

        pg.stop();
        QVERIFY(station.ledger().audit(QStringLiteral("admin"), QStringLiteral("test.note"),
                                       QStringLiteral("offline"), QString()));
        QTRY_VERIFY_WITH_TIMEOUT(indicator.text().startsWith(QStringLiteral("Offline since ")) &&
                                     indicator.text().endsWith(QStringLiteral(" · 1 waiting")),
                                 15000);
        QVERIFY(indicator.toolTip().contains(QStringLiteral("Cannot connect")));

        // Offline, records every station shares change only with the server: a new tariff
        // version is refused and says why; nothing is written.
        QVERIFY(station.signIn(QStringLiteral("sup"), QStringLiteral("sup-pass")));
        ampcard::station::TariffPlans plans(station.ledger());
        const int versions = static_cast<int>(plans.versions(QStringLiteral("R1")).size());
        QVERIFY(plans.addVersion(*station.session(), QStringLiteral("R1"),
                                 R"({"name":"R1","currency":"KES","settlement":{"mode":"monthly",)"
                                 R"("day":1,"hour":0},"steps":[{"price":"30.0000"}]})",
                                 QDateTime::currentDateTimeUtc().addDays(1)) <= 0);
        QVERIFY2(plans.errorString().contains(QStringLiteral("needs the server")),
                 qPrintable(plans.errorString()));
        QCOMPARE(plans.versions(QStringLiteral("R1")).size(), versions);

        // A clash the server reported is listed for the supervisor in Administration → Network.
        QSqlQuery clash(station.ledger().database());
        QVERIFY(clash.exec(QStringLiteral(
            "INSERT INTO reference_clashes (revision, kind, key, natural_key, clash_with, "
            "other_station, side, noted_at) VALUES (9, 'meter', 'm-1', '310100000009', 3, 2, "
            "'refused', '2026-11-30T10:00:00.000Z')")));
        NetworkDialog clashes(station);
        auto *list = clashes.findChild<QTreeWidget *>(QStringLiteral("networkClashes"));
        QVERIFY(list && !list->isHidden());
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("310100000009"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("2"));
    }

    // Reports over all stations: offered on the Reports page to a supervisor of a station that
    // has joined a server, not to a cashier nor on a stand-alone station. The reporting URL is
    // asked once and kept without its password, the password each time; the report runs with a
    // progress bar, and offline or refused is said plainly.
    void allStationsChoice_forASupervisorOfAJoinedStation_runsTheCentralReport()
    {
        testing::PgCluster pg;
        QString why;
        QVERIFY2(pg.start(&why), qPrintable(why));
        QProcess tool;
        tool.start(QStringLiteral(AMPCARD_EXECUTABLE),
                   {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"),
                    pg.adminUrl()});
        QVERIFY(tool.waitForFinished(60000) && tool.exitCode() == 0);
        const QString url =
            toolUrl({QStringLiteral("server"), QStringLiteral("add-station"),
                     QStringLiteral("--db"), pg.adminUrl(), QStringLiteral("--station"),
                     QStringLiteral("6"), QStringLiteral("--json")});
        const QString reporter =
            toolUrl({QStringLiteral("server"), QStringLiteral("add-reporter"),
                     QStringLiteral("--db"), pg.adminUrl(), QStringLiteral("--login"),
                     QStringLiteral("auditor"), QStringLiteral("--json")});
        QVERIFY(!url.isEmpty() && !reporter.isEmpty());
        const QString password =
            ampcard::central::parameterOf(reporter, QStringLiteral("password"));
        QVERIFY(!password.isEmpty());

        testing::Counter c;
        QVERIFY(c.setUp());
        const QString path = c.path;
        c.desk.reset();
        c.ledger.reset();
        Workstation station;
        QVERIFY2(station.openLedger(path, false), qPrintable(station.errorString()));
        QVERIFY(testing::keyLedger(station.ledger()));
        auto choiceShown = [&](const QString &login) {
            if (!station.signIn(login, login + QStringLiteral("-pass")))
                return false;
            MainWindow window(station, nullptr);
            auto *all = window.findChild<QCheckBox *>(QStringLiteral("allStations"));
            return all && !all->isHidden();
        };
        // Stand-alone: there is no server to ask.
        QVERIFY(!choiceShown(QStringLiteral("sup")));
        QVERIFY(!choiceShown(QStringLiteral("admin")));
        QVERIFY(station.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass")));
        QString error;
        QVERIFY2(Sync(station.ledger()).join(url, {}, 6, QStringLiteral("admin"), &error),
                 qPrintable(error));
        QVERIFY(choiceShown(QStringLiteral("sup")));
        QVERIFY(choiceShown(QStringLiteral("admin")));
        QVERIFY(!choiceShown(QStringLiteral("cash")));

        QVERIFY(station.signIn(QStringLiteral("sup"), QStringLiteral("sup-pass")));
        MainWindow window(station, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTabWidget *pages = window.pages();
        for (int i = 0; i < pages->count(); ++i)
            if (pages->widget(i)->findChild<QCheckBox *>(QStringLiteral("allStations")))
                pages->setCurrentIndex(i);
        QWidget *page = pages->currentWidget();
        auto *all = page->findChild<QCheckBox *>(QStringLiteral("allStations"));
        auto *name = page->findChild<QComboBox *>(QStringLiteral("reportName"));
        auto *run = page->findChild<QPushButton *>(QStringLiteral("runReport"));
        auto *progress = page->findChild<QProgressBar *>(QStringLiteral("reportProgress"));
        auto *message = page->findChild<QLabel *>(QStringLiteral("reportMessage"));
        auto *view = page->findChild<QTableView *>(QStringLiteral("reportTable"));
        QVERIFY(all && name && run && progress && message && view);
        QVERIFY(all->isVisible());
        // By keyboard: Alt+N ticks the choice, and the reports are the central ones.
        // (A mnemonic clicks the box a moment later, as a click shows.)
        QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(all->isChecked());
        QStringList names;
        for (int i = 0; i < name->count(); ++i)
            names << name->itemText(i);
        QCOMPARE(names, CentralReports::names());
        name->setCurrentIndex(names.indexOf(QStringLiteral("z")));

        // The first run asks for the URL (the one add-reporter printed, password and all).
        answerNextDialog(reporter);
        QTest::keyClick(run, Qt::Key_Space);
        QVERIFY(!progress->isHidden());
        QVERIFY(!run->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 20000);
        QVERIFY(progress->isHidden());
        QVERIFY2(message->text().startsWith(QStringLiteral("Close-out (Z) report of ")),
                 qPrintable(message->text()));
        QVERIFY(view->model()->rowCount() >= 1);
        // With the choice and Reporting server… shown and a report in the table, the page fits a
        // counter's screen.
        window.resize(testing::kCounterScreen);
        QTRY_VERIFY2(testing::fitProblems(&window).isEmpty(),
                     qPrintable(testing::fitProblems(&window).join(QLatin1Char('\n'))));
        const QString kept = AllStationsReports::server(station.ledger());
        QCOMPARE(ampcard::central::parameterOf(kept, QStringLiteral("user")),
                 QStringLiteral("auditor"));
        QVERIFY2(!kept.contains(password) && !kept.contains(QStringLiteral("password")),
                 qPrintable(kept));
        // Kept as a sealed settings change: the ledger's state still checks at the next sign-in.
        QVERIFY2(station.ledger().stateIntact().isEmpty(),
                 qPrintable(station.ledger().stateIntact()));
        QVERIFY(station.signIn(QStringLiteral("sup"), QStringLiteral("sup-pass")));

        // From then on the password is asked each time: a wrong one is refused.
        answerNextDialog(QStringLiteral("wrong"));
        QTest::keyClick(run, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 20000);
        QVERIFY2(message->text().contains(QStringLiteral("refused the login: check the password")),
                 qPrintable(message->text()));
        QCOMPARE(view->model()->rowCount(), 0);
        answerNextDialog(password);
        QTest::keyClick(run, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 20000);
        QVERIFY2(message->text().startsWith(QStringLiteral("Close-out (Z) report of ")),
                 qPrintable(message->text()));

        // A station's own login is no reporting login.
        AllStationsReports runner;
        QSignalSpy done(&runner, &AllStationsReports::finished);
        QVERIFY(runner.start(url, {}, QStringLiteral("z"), {}, {}, {}, std::nullopt));
        QVERIFY(runner.running());
        QVERIFY(done.wait(20000));
        QVERIFY(!runner.result());
        QVERIFY2(runner.errorString().contains(QStringLiteral("reporting login")),
                 qPrintable(runner.errorString()));

        // Offline.
        pg.stop();
        answerNextDialog(password);
        QTest::keyClick(run, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 20000);
        QVERIFY2(
            message->text().contains(QStringLiteral("cannot be reached: this station is offline")),
            qPrintable(message->text()));

        // Unticked, the station's own reports come back.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(!all->isChecked());
        QCOMPARE(name->itemText(0), QStringLiteral("daily"));
        QVERIFY(name->findText(QStringLiteral("customer")) >= 0);
    }
};

QTEST_MAIN(TestNetworkUi)
#include "tst_networkui.moc"
