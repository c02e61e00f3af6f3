// The pages at a counter's screen size, 1366×768, in every language the station offers: no
// sideways scrolling, nothing outside the window, the tariff ladder's eight steps at once, the
// quote beside the receipt; Arabic mirrored with its number fields left to right. No card
// reader: the pages are made on a seeded ledger.
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "../card/cardfixtures.h"
#include "../station/staff.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/station/workstation.h"
#include "customerdialog.h"
#include "demometer.h"
#include "fits.h"
#include "language.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "sellpage.h"
#include "setupwizard.h"
#include "tariffspage.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

// A seeded ledger (staff, customers, plan R1) in `dir` with its keystore, `login` signed in.
bool openSeeded(const QTemporaryDir &dir, Workstation &context, const char *login)
{
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    {
        Ledger seeded;
        testing::Staff staff;
        if (!seeded.open(path, true) || !testing::seed(seeded, staff))
            return false;
    }
    const QString keystore = dir.filePath(QStringLiteral("seeded-keys.json"));
    const auto master = testing::masterKeyBytes(testing::kSeed);
    if (!cardio::Keystore::write(keystore, testing::kUtility, master, "station passphrase",
                                 cardio::KdfCost{1u << 10, 8, 1})
             .ok())
        return false;
    return context.openLedger(path, false) && context.unlockKeys(keystore, "station passphrase") &&
           context.signIn(QLatin1String(login), QLatin1String(login) + QStringLiteral("-pass"));
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT

private slots:
    // At a counter's 1366×768, in every language, every page and dialog fits with no sideways
    // scrolling, the tariff ladder shows its eight steps and the Sell page has the quote beside
    // the receipt; Arabic mirrors the layout and keeps the number fields left to right.
    void everyPageFitsAtCounterSize_data()
    {
        QTest::addColumn<QString>("code");
        for (const language::Choice &choice : language::offered())
            QTest::newRow(qPrintable(choice.code)) << choice.code;
    }

    void everyPageFitsAtCounterSize()
    {
        QFETCH(QString, code);
        QCOMPARE(language::apply(code), code);
        const auto english = qScopeGuard([] { language::apply(QStringLiteral("en")); });
        const Qt::LayoutDirection direction =
            code == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight;
        QTemporaryDir dir;
        Workstation context;
        QVERIFY(openSeeded(dir, context, "admin"));
        MainWindow window(context, nullptr);
        window.resize(testing::kCounterScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), testing::kCounterScreen);
        QCOMPARE(window.layoutDirection(), direction);
        QTabWidget *pages = window.pages();
        QCOMPARE(pages->count(), 7); // Sell, Shift, Accounts, Cards, Tariffs, Reports, Admin
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QWidget *page = pages->currentWidget();
            if (auto *run = page->findChild<QPushButton *>(QStringLiteral("runReport")))
                run->click(); // the report's table filled
            if (auto *tasks = page->findChild<QTabWidget *>(QStringLiteral("accountTasks"))) {
                for (int task = 0; task < tasks->count(); ++task) {
                    tasks->setCurrentIndex(task);
                    QCoreApplication::processEvents();
                    const QStringList problems = testing::fitProblems(&window);
                    QVERIFY2(problems.isEmpty(),
                             qPrintable(tasks->tabText(task) + QStringLiteral(": ") +
                                        problems.join(QStringLiteral("; "))));
                }
            }
            QCoreApplication::processEvents();
            const QStringList problems = testing::fitProblems(&window);
            QVERIFY2(problems.isEmpty(), qPrintable(pages->tabText(i) + QStringLiteral(": ") +
                                                    problems.join(QStringLiteral("; "))));
        }

        // The tariff editor shows all eight steps at once.
        auto *tariffs = window.findChild<TariffsPage *>(QStringLiteral("tariffsPage"));
        pages->setCurrentWidget(tariffs);
        tariffs->findChild<QSpinBox *>(QStringLiteral("stepCount"))->setValue(8);
        QCoreApplication::processEvents();
        auto *ladder = tariffs->findChild<QTableWidget *>(QStringLiteral("ladder"));
        QCOMPARE(ladder->rowCount(), 8);
        QVERIFY(!ladder->verticalScrollBar()->isVisible());
        QVERIFY2(ladder->rowViewportPosition(7) + ladder->rowHeight(7) <=
                     ladder->viewport()->height(),
                 qPrintable(QStringLiteral("step 8 ends at %1 of %2")
                                .arg(ladder->rowViewportPosition(7) + ladder->rowHeight(7))
                                .arg(ladder->viewport()->height())));
        QVERIFY(testing::fitProblems(&window).isEmpty());
        QCOMPARE(ladder->layoutDirection(), Qt::LeftToRight);

        // Sell: the quote and the receipt side by side, mirrored in Arabic.
        pages->setCurrentIndex(0);
        QCoreApplication::processEvents();
        SellPage *sell = window.sellPage();
        auto *quote = sell->findChild<QWidget *>(QStringLiteral("quote"));
        auto *receipt = sell->findChild<QWidget *>(QStringLiteral("receipt"));
        const QRect quoteArea(quote->mapTo(&window, QPoint(0, 0)), quote->size());
        const QRect receiptArea(receipt->mapTo(&window, QPoint(0, 0)), receipt->size());
        QVERIFY(!quoteArea.intersects(receiptArea));
        QVERIFY(quoteArea.top() < receiptArea.bottom() && receiptArea.top() < quoteArea.bottom());
        if (direction == Qt::LeftToRight)
            QVERIFY(quoteArea.right() < receiptArea.left());
        else
            QVERIFY(receiptArea.right() < quoteArea.left());
        QVERIFY(quoteArea.width() >= 400 && receiptArea.width() >= 300);
        for (const char *number : {"search", "amount"})
            QCOMPARE(sell->findChild<QWidget *>(QLatin1String(number))->layoutDirection(),
                     Qt::LeftToRight);

        // The dialogs at their own size, each smaller than the screen.
        LoginDialog login(context);
        CustomerDialog customer(context, QStringLiteral("C-1"));
        Workstation fresh;
        SetupWizard wizard(fresh, dir.filePath(QStringLiteral("unused.sqlite")),
                           dir.filePath(QStringLiteral("unused.json")));
        DemoMeter meter(testing::utilityKeys(testing::kUtility, testing::kSeed),
                        dir.filePath(QStringLiteral("demo-meter")), nullptr);
        QString error;
        QVERIFY2(meter.start(&error), qPrintable(error));
        for (QWidget *dialog :
             std::initializer_list<QWidget *>{&login, &customer, &wizard, &meter}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QCOMPARE(dialog->layoutDirection(), direction);
            const QSize least = dialog->minimumSizeHint();
            QVERIFY2(least.width() <= testing::kCounterScreen.width() &&
                         least.height() <= testing::kCounterScreen.height(),
                     qPrintable(dialog->objectName()));
            dialog->resize(dialog->sizeHint().expandedTo(least));
            QCoreApplication::processEvents();
            const QStringList problems = testing::fitProblems(dialog);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
            dialog->hide();
        }
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
