// The station application's widgets driven by the keyboard on the offscreen platform, with the
// card in ampcard-vcard behind the real pcscd.
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QScrollBar>
#include <QScopeGuard>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QGroupBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QDialog>

#include "../card/cardfixtures.h"
#include "../card/pcscharness.h"
#include "../e2e/loop.h"
#include "fits.h"
#include "../station/staff.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/tariffplans.h"
#include "accountspage.h"
#include "adminpage.h"
#include "cardspage.h"
#include "customerdialog.h"
#include "customermodel.h"
#include "demometer.h"
#include "language.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "quotemodel.h"
#include "receiptprinter.h"
#include "sellpage.h"
#include "setupwizard.h"
#include "ampcard/station/workstation.h"
#include "tariffspage.h"
#include "usagechart.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

constexpr const char *kMeter = "310100000001";

// A seeded ledger with the utility's keystore, and a blank user card in ampcard-vcard.
struct Counter {
    QTemporaryDir dir;
    QString ledgerPath;
    QString image;
    testing::VirtualCardProcess vcard;

    bool setUp()
    {
        Ledger ledger;
        testing::Staff staff;
        ledgerPath = dir.filePath(QStringLiteral("ledger.sqlite"));
        if (!ledger.open(ledgerPath, true) || !testing::seed(ledger, staff))
            return false;
        StationSettings settings;
        settings.utilityId = testing::kUtility;
        settings.fees.vatBasisPoints = 1600;
        const QString keystore = dir.filePath(QStringLiteral("keys.json"));
        const auto master = testing::masterKeyBytes(testing::kSeed);
        if (!Settings(ledger).save(*staff.admin, settings) ||
            !ledger.setSetting(Workstation::kKeystoreKey, keystore) ||
            !cardio::Keystore::write(keystore, testing::kUtility, master, "station passphrase",
                                     cardio::KdfCost{1u << 10, 8, 1})
                 .ok())
            return false;
        image = dir.filePath(QStringLiteral("card.img"));
        return testing::createCard(image, "user", "1001", "t1") && vcard.start(image);
    }

    // Signs `login` in through the log-in dialog, by keyboard.
    static bool signIn(Workstation &context, const char *login)
    {
        LoginDialog dialog(context);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("login")),
                         QLatin1String(login));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")),
                         QLatin1String(login) + QStringLiteral("-pass"));
        if (auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
            passphrase && passphrase->isVisible())
            QTest::keyClicks(passphrase, QStringLiteral("station passphrase"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        return dialog.result() == QDialog::Accepted && context.session().has_value();
    }

    qint64 scalar(Workstation &context, const QString &sql)
    {
        QSqlQuery query(context.ledger().database());
        if (!query.exec(sql) || !query.next())
            qFatal("%s", qPrintable(sql));
        return query.value(0).toLongLong();
    }
};

// A seeded ledger (staff, customers, plan R1) in `dir`, opened with `login` signed in.
bool openSeeded(const QTemporaryDir &dir, Workstation &context, const char *login)
{
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    {
        Ledger seeded;
        testing::Staff staff;
        if (!seeded.open(path, true) || !testing::seed(seeded, staff))
            return false;
    }
    // The keystore unlocked, as the log-in dialog does: the seeded ledger is sealed with it.
    const QString keystore = dir.filePath(QStringLiteral("seeded-keys.json"));
    const auto master = testing::masterKeyBytes(testing::kSeed);
    if (!QFile::exists(keystore) &&
        !cardio::Keystore::write(keystore, testing::kUtility, master, "station passphrase",
                                 cardio::KdfCost{1u << 10, 8, 1})
             .ok())
        return false;
    return context.openLedger(path, false) && context.unlockKeys(keystore, "station passphrase") &&
           context.signIn(QLatin1String(login), QLatin1String(login) + QStringLiteral("-pass"));
}

// Types plan `name` with two steps: up to 50 kWh at `first`, the rest at `second`.
QTableWidget *typeTwoSteps(TariffsPage &page, const char *name, const char *first,
                           const char *second)
{
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("planName")), QLatin1String(name));
    page.findChild<QSpinBox *>(QStringLiteral("stepCount"))->setValue(2);
    auto *ladder = page.findChild<QTableWidget *>(QStringLiteral("ladder"));
    ladder->item(0, 0)->setText(QStringLiteral("50"));
    ladder->item(0, 1)->setText(QLatin1String(first));
    ladder->item(1, 1)->setText(QLatin1String(second));
    return ladder;
}

testing::FakeMeter freshMeter()
{
    testing::FakeMeter meter;
    meter.utilityId = testing::kUtility;
    meter.meter = testing::meterNumber(kMeter);
    meter.keyVersion = 1;
    return meter;
}

} // namespace

class TestStationUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The sign-in puts the stored language in force: English for the tests that read messages.
        language::choose(QStringLiteral("en"));
        QString why;
        QVERIFY2(testing::ensurePcscd(&why), qPrintable(why));
    }

    void quoteModelIsAWellBehavedModel()
    {
        QuoteModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SaleQuote quote;
        quote.paid = tariff::Money::fromWhole(116);
        quote.vat = tariff::Money::fromWhole(16);
        quote.credit = tariff::Money::fromWhole(100);
        quote.energy.energy = tariff::Energy::fromWhole(4);
        quote.energy.pieceCount = 1;
        quote.energy.pieces[0].energy = quote.energy.energy;
        quote.energy.pieces[0].price = tariff::Price::fromWhole(25);
        quote.energy.pieces[0].money = quote.credit;
        model.setQuote(quote);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(6, QuoteModel::kAmount).data().toString(), QStringLiteral("116.0000"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // The installer adds a customer by keyboard, imports a CSV (a bad line imports nothing and is
    // reported by line), and finds them again; the table is a well-behaved model.
    void accountsPageAddsImportsAndFinds()
    {
        QTemporaryDir dir;
        Workstation context;
        QVERIFY(openSeeded(dir, context, "inst"));
        AccountsPage page(context);
        page.show();
        QAbstractItemModelTester tester(page.customers(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newNumber")),
                         QStringLiteral("C-77"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newName")),
                         QStringLiteral("Kofi Mensah"));
        auto *add = page.findChild<QPushButton *>(QStringLiteral("addCustomer"));
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QVERIFY2(page.message().contains(QStringLiteral("C-77 added")), qPrintable(page.message()));

        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        for (const auto &[file, text] :
             {std::pair{bad, QByteArray("number,name\nC-80,Esther Zulu\nC-81,\n")},
              std::pair{good, QByteArray("number,name,phone\nC-80,Esther Zulu,0977\n"
                                         "C-81,Hassan Khan,0966\n")}}) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        QVERIFY(!page.importFile(bad));
        QVERIFY2(page.message().contains(QStringLiteral("ine 3")), qPrintable(page.message()));
        QVERIFY(page.importFile(good));
        QVERIFY2(page.message().contains(QStringLiteral("2 customer")), qPrintable(page.message()));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        QTest::keyClicks(search, QStringLiteral("Khan"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(page.customers()->rowCount(), 1);
        QCOMPARE(page.customers()->index(0, CustomerModel::kName).data().toString(),
                 QStringLiteral("Hassan Khan"));

        // Enter on the row opens the customer; a new phone number is saved and found.
        auto *table = page.findChild<QTableView *>(QStringLiteral("customerTable"));
        table->setFocus();
        table->setCurrentIndex(page.customers()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *dialog = page.findChild<CustomerDialog *>(QStringLiteral("customerDialog"));
        QVERIFY(dialog);
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("editPhone"));
        QCOMPARE(phone->text(), QStringLiteral("0966"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("editName"));
        name->clear();
        dialog->save(); // a customer needs a name: the dialog stays with the reason
        QVERIFY2(dialog->message().contains(QStringLiteral("name")), qPrintable(dialog->message()));
        QTest::keyClicks(name, QStringLiteral("Hassan Khan"));
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("0955 100 200"));
        dialog->save();
        QTRY_VERIFY(!page.findChild<CustomerDialog *>(QStringLiteral("customerDialog")));
        QCOMPARE(page.customers()->index(0, CustomerModel::kPhone).data().toString(),
                 QStringLiteral("0955 100 200"));
    }

    // A supervisor types a two-step ladder, sees what 100 kWh cost, and adds it as a new plan.
    void tariffEditorPreviewsAndAdds()
    {
        QTemporaryDir dir;
        Workstation context;
        QVERIFY(openSeeded(dir, context, "sup"));
        TariffsPage page(context);
        page.show();
        QTableWidget *ladder = typeTwoSteps(page, "R2", "12", "25");
        auto *usage = page.findChild<QLineEdit *>(QStringLiteral("usage"));
        usage->selectAll();
        QTest::keyClicks(usage, QStringLiteral("100"));
        // 50 kWh at 12 and 50 kWh at 25.
        QVERIFY2(page.preview().contains(QStringLiteral("1850.0000")), qPrintable(page.preview()));
        page.addVersion();
        QVERIFY2(page.message().contains(QStringLiteral("version 1")), qPrintable(page.message()));
        const auto added = TariffPlans(context.ledger()).versions(QStringLiteral("R2"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].file.tariff.ladder.stepCount, std::uint8_t{2});
        ladder->item(0, 0)->setText(QStringLiteral("-5"));
        QVERIFY(page.preview().contains(QStringLiteral("Not a valid tariff")));
    }

    // Time of use: two rates, a valley night and a peak day, a step surcharge; the plan keeps
    // them and the shared core prices a unit as rate + surcharge.
    void tariffEditorTimeOfUse()
    {
        QTemporaryDir dir;
        Workstation context;
        QVERIFY(openSeeded(dir, context, "sup"));
        TariffsPage page(context);
        page.show();
        typeTwoSteps(page, "TOU1", "0", "0.1");
        auto *tou = page.findChild<QGroupBox *>(QStringLiteral("tou"));
        tou->setChecked(true);
        auto *rates = page.findChild<QTableWidget *>(QStringLiteral("touRates"));
        rates->item(1, 0)->setText(QStringLiteral("0.5680")); // peak
        rates->item(3, 0)->setText(QStringLiteral("0.2880")); // valley
        page.findChild<QSpinBox *>(QStringLiteral("touPeriods"))->setValue(3);
        auto *schedule = page.findChild<QTableWidget *>(QStringLiteral("touSchedule"));
        auto rateOf = [&](int row) {
            return qobject_cast<QComboBox *>(schedule->cellWidget(row, 1));
        };
        rateOf(0)->setCurrentIndex(3);
        schedule->item(1, 0)->setText(QStringLiteral("08:00"));
        rateOf(1)->setCurrentIndex(1);
        schedule->item(2, 0)->setText(QStringLiteral("22:00"));
        rateOf(2)->setCurrentIndex(3);
        // The quote rate is flat, which is not defined: the editor says so.
        QVERIFY2(page.preview().contains(QStringLiteral("Not a valid tariff")),
                 qPrintable(page.preview()));
        page.findChild<QComboBox *>(QStringLiteral("touQuoteRate"))->setCurrentIndex(1);
        // 50 kWh at 0.5680 and 50 kWh at 0.6680 = 61.80.
        QVERIFY2(page.preview().contains(QStringLiteral("61.8000")), qPrintable(page.preview()));
        page.addVersion();
        QVERIFY2(page.message().contains(QStringLiteral("version 1")), qPrintable(page.message()));
        const auto added = TariffPlans(context.ledger()).versions(QStringLiteral("TOU1"));
        QCOMPARE(added.size(), 1);
        const tariff::Tou &stored = added[0].file.tariff.tou;
        QCOMPARE(stored.rateMask, std::uint8_t{0b1010});
        QCOMPARE(stored.segmentCount, std::uint8_t{3});
        QCOMPARE(stored.segments[1].startMinute, std::uint16_t{8 * 60});
        QCOMPARE(stored.segments[1].rate, std::uint8_t{1});
        QCOMPARE(stored.segments[2].rate, std::uint8_t{3});
        // Out of order times are refused before anything is stored.
        schedule->item(2, 0)->setText(QStringLiteral("07:00"));
        QVERIFY(page.preview().contains(QStringLiteral("Not a valid tariff")));
    }

    // Receipts come on 58 mm and 80 mm rolls and A4: the PDF's page is that wide.
    void receiptPaperSizes()
    {
        QTemporaryDir dir;
        const QJsonObject receipt{{QStringLiteral("kind"), QStringLiteral("purchase")},
                                  {QStringLiteral("sale"), QStringLiteral("r-1")},
                                  {QStringLiteral("paid"), QStringLiteral("100.0000")}};
        auto widthOf = [&](ReceiptPrinter::Paper paper, const char *name) {
            const QString path = dir.filePath(QLatin1String(name));
            if (!ReceiptPrinter::toPdf(receipt, QStringLiteral("Demo Power"), path, paper))
                return -1.0;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return -1.0;
            // "/MediaBox [0 0 W H]" in points.
            const QByteArray pdf = file.readAll();
            const qsizetype at = pdf.indexOf("/MediaBox");
            const QList<QByteArray> box = pdf.mid(pdf.indexOf('[', at) + 1, 40).split(' ');
            return box.size() > 2 ? box[2].toDouble() : -1.0;
        };
        // 1 mm = 72 / 25.4 points.
        QVERIFY(qAbs(widthOf(ReceiptPrinter::Paper::kRoll58, "58.pdf") - 58 * 72 / 25.4) < 2);
        QVERIFY(qAbs(widthOf(ReceiptPrinter::Paper::kRoll80, "80.pdf") - 80 * 72 / 25.4) < 2);
        QVERIFY(qAbs(widthOf(ReceiptPrinter::Paper::kA4, "a4.pdf") - 595) < 2);
        QCOMPARE(ReceiptPrinter::paperFromName(QStringLiteral("58")),
                 ReceiptPrinter::Paper::kRoll58);
        QCOMPARE(ReceiptPrinter::paperFromName(QStringLiteral("A4")), ReceiptPrinter::Paper::kA4);
        QVERIFY(ReceiptPrinter::html(receipt, QStringLiteral("Demo Power"))
                    .contains(QStringLiteral("100.0000")));
    }

    // The administrator adds a cashier, changes the VAT and backs the ledger up; each is in the
    // audit log; a supervisor may not add operators.
    void administrationByKeyboard()
    {
        QTemporaryDir dir;
        Workstation context;
        QVERIFY(openSeeded(dir, context, "admin"));
        AdminPage page(context);
        page.show();
        QAbstractItemModelTester tester(page.operators(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.operators()->rowCount(), 4);
        // The meter line for remote sales is kept when the field is left.
        auto *line = page.findChild<QLineEdit *>(QStringLiteral("meterLine"));
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral("/dev/ttyUSB7"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(QSettings().value(QStringLiteral("meterLine")).toString(),
                 QStringLiteral("/dev/ttyUSB7"));
        QSettings().remove(QStringLiteral("meterLine"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newLogin")),
                         QStringLiteral("cash2"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newPassword")),
                         QStringLiteral("cash2-pass"));
        auto *add = page.findChild<QPushButton *>(QStringLiteral("addOperator"));
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QVERIFY2(page.message().contains(QStringLiteral("cash2 added")),
                 qPrintable(page.message()));
        QCOMPARE(page.operators()->rowCount(), 5);

        auto *vat = page.findChild<QLineEdit *>(QStringLiteral("vat"));
        vat->selectAll();
        QTest::keyClicks(vat, QStringLiteral("16"));
        auto *save = page.findChild<QPushButton *>(QStringLiteral("saveCharges"));
        save->setFocus();
        QTest::keyClick(save, Qt::Key_Space);
        QVERIFY2(page.message().contains(QStringLiteral("saved")), qPrintable(page.message()));
        QCOMPARE(Settings(context.ledger()).load().fees.vatBasisPoints, 1600);

        QVERIFY(page.backupTo(dir.filePath(QStringLiteral("backup.sqlite"))));
        QVERIFY(!page.backupTo(dir.filePath(QStringLiteral("backup.sqlite")))); // never over a file
        QStringList actions;
        for (int row = 0; row < page.audit()->rowCount(); ++row)
            actions.append(page.audit()->item(row, 2)->text());
        QVERIFY(actions.contains(QStringLiteral("operator.add")));
        QVERIFY(actions.contains(QStringLiteral("settings.change")));

        context.signOut();
        QVERIFY(context.signIn(QStringLiteral("sup"), QStringLiteral("sup-pass")));
        AdminPage supervisor(context);
        QTest::keyClicks(supervisor.findChild<QLineEdit *>(QStringLiteral("newLogin")),
                         QStringLiteral("cash3"));
        QTest::keyClicks(supervisor.findChild<QLineEdit *>(QStringLiteral("newPassword")),
                         QStringLiteral("cash3-pass"));
        supervisor.findChild<QPushButton *>(QStringLiteral("addOperator"))->click();
        QVERIFY2(supervisor.message().contains(QStringLiteral("administrator")),
                 qPrintable(supervisor.message()));

        // The supervisor changes the keystore passphrase by keyboard.
        const QString keystore = dir.filePath(QStringLiteral("keys.json"));
        // The keystore holds the master key this ledger is sealed with (another is refused).
        QCOMPARE(cardio::Keystore::write(keystore, testing::kUtility,
                                         testing::masterKeyBytes(testing::kSeed),
                                         "first passphrase", {1u << 10, 8, 1}),
                 kOk);
        QVERIFY(context.ledger().setSetting(Workstation::kKeystoreKey, keystore));
        auto type = [&](const char *name, const char *text) {
            auto *edit = supervisor.findChild<QLineEdit *>(QLatin1String(name));
            edit->clear();
            QTest::keyClicks(edit, QLatin1String(text));
        };
        auto *change = supervisor.findChild<QPushButton *>(QStringLiteral("changePassphrase"));
        type("currentPassphrase", "first passphrase");
        type("newPassphrase", "second passphrase");
        type("repeatPassphrase", "second passphrasf");
        change->setFocus();
        QTest::keyClick(change, Qt::Key_Space);
        QVERIFY2(supervisor.message().contains(QStringLiteral("differ")),
                 qPrintable(supervisor.message()));
        type("repeatPassphrase", "second passphrase");
        QTest::keyClick(change, Qt::Key_Space);
        QVERIFY2(supervisor.message().contains(QStringLiteral("changed")),
                 qPrintable(supervisor.message()));
        QVERIFY(!context.unlockKeys({}, "first passphrase"));
        QVERIFY(context.unlockKeys({}, "second passphrase"));

        // Restore: a supervisor may not; the administrator brings back the backup, in which
        // cash2 exists but cash4 (added since) does not, and everyone signs in again.
        QVERIFY(!supervisor.restoreFrom(dir.filePath(QStringLiteral("backup.sqlite")),
                                        QStringLiteral("admin"), QStringLiteral("admin-pass")));
        context.signOut();
        QVERIFY(context.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass")));
        AdminPage admin(context);
        QTest::keyClicks(admin.findChild<QLineEdit *>(QStringLiteral("newLogin")),
                         QStringLiteral("cash4"));
        QTest::keyClicks(admin.findChild<QLineEdit *>(QStringLiteral("newPassword")),
                         QStringLiteral("cash4-pass"));
        admin.findChild<QPushButton *>(QStringLiteral("addOperator"))->click();
        QVERIFY(Operators(context.ledger())
                    .signIn(QStringLiteral("cash4"), QStringLiteral("cash4-pass")));
        QSignalSpy restored(&admin, &AdminPage::restored);
        QVERIFY(!admin.restoreFrom(dir.filePath(QStringLiteral("backup.sqlite")),
                                   QStringLiteral("admin"), QStringLiteral("wrong")));
        QVERIFY(context.session()); // nothing happened
        QVERIFY(admin.restoreFrom(dir.filePath(QStringLiteral("backup.sqlite")),
                                  QStringLiteral("admin"), QStringLiteral("admin-pass")));
        QCOMPARE(restored.count(), 1);
        QVERIFY(!context.session());
        QVERIFY(!Operators(context.ledger())
                     .signIn(QStringLiteral("cash4"), QStringLiteral("cash4-pass")));
        QVERIFY(Operators(context.ledger())
                    .signIn(QStringLiteral("cash2"), QStringLiteral("cash2-pass")));
    }

    // Installer opens the account on the Accounts page; the cashier signs in, finds the account
    // by meter number, types the amount, presses Enter: the card holds the purchase, the journal
    // the money, and the receipt is a PDF. Then a wrong card and a card pulled before Enter.
    // Selling without the card by keyboard: the account found by its meter number, the amount,
    // Ctrl+R: the purchase goes over the meter line (a socat pty to ampcard-meter-sim's RS-485
    // port) and the meter loads it. Without a meter line the cashier is told who sets it.
    // The only administrator locked out by five wrong passwords: the sign-in dialog's recovery,
    // by keyboard, with the keystore's passphrase; a wrong passphrase is refused.
    void lockedOutAdministratorRecoversByKeyboard()
    {
        Counter c;
        QVERIFY(c.setUp());
        {
            Ledger ledger;
            QVERIFY(ledger.open(c.ledgerPath, false));
            Operators operators(ledger, 1000);
            for (int i = 0; i < Operators::kMaxFailedSignIns; ++i)
                QVERIFY(!operators.signIn(QStringLiteral("admin"), QStringLiteral("guess")));
        }
        Workstation context;
        QVERIFY(context.openLedger(c.ledgerPath, false));
        QVERIFY(!Counter::signIn(context, "admin"));
        LoginDialog dialog(context);
        dialog.show();
        auto *recover = dialog.findChild<QPushButton *>(QStringLiteral("recover"));
        recover->setFocus();
        QTest::keyClick(recover, Qt::Key_Space);
        auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("login"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QVERIFY(passphrase->isVisible());
        QTest::keyClicks(login, QStringLiteral("admin"));
        QTest::keyClicks(password, QStringLiteral("new-admin-pass"));
        QTest::keyClicks(passphrase, QStringLiteral("not the passphrase"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("error"))
                     ->text()
                     .contains(QStringLiteral("Recovery refused")),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("error"))->text()));
        QTest::keyClicks(passphrase, QStringLiteral("station passphrase"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(context.session().has_value());
        QCOMPARE(context.session()->login(), QStringLiteral("admin"));
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'operator.recover'")),
                 qint64{1});
    }

    void sellingRemotelyByKeyboard()
    {
        Counter c;
        QVERIFY(c.setUp());
        testing::SerialLine rs485;
        QVERIFY2(rs485.start(c.dir.path(), QStringLiteral("rs485")),
                 "socat is needed: bash scripts/deps.sh serial");
        const QString keyFile = c.dir.filePath(QStringLiteral("meter.key"));
        const QString credit = c.dir.filePath(QStringLiteral("credit.json"));
        QVERIFY(testing::writeMeterKeyFile(keyFile));
        QVERIFY(testing::writeCreditFile(credit, R"({"hoardingLimit": "5000"})"));
        testing::MeterConsole meter;
        QVERIFY(meter.start(QStringLiteral(AMPCARD_METER_SIM),
                            {QStringLiteral("--state"), c.dir.filePath(QStringLiteral("state")),
                             QStringLiteral("--key-file"), keyFile, QStringLiteral("--credit"),
                             credit, QStringLiteral("--time"),
                             QDateTime::currentDateTime().addSecs(3600).toString(
                                 QStringLiteral("yyyy-MM-ddTHH:mm")),
                             QStringLiteral("--rs485"), rs485.meterSide}));
        Workstation context;
        QVERIFY(context.openLedger(c.ledgerPath, false));
        QVERIFY(context.connectReader(testing::kVpcdReader));
        QVERIFY(Counter::signIn(context, "inst"));
        AccountRequest opening;
        opening.customerNumber = QStringLiteral("C-1");
        opening.meter.number = QLatin1String(kMeter);
        opening.meter.tariffPlan = QStringLiteral("R1");
        QVERIFY2(context.desk()->openAccount(*context.session(), opening),
                 qPrintable(context.errorString()));
        c.vcard.stop();
        QCOMPARE(
            meter.command(QStringLiteral("insert ") + c.image)[QStringLiteral("code")].toString(),
            QStringLiteral("C-00"));
        meter.command(QStringLiteral("remove"));

        context.signOut();
        QVERIFY(Counter::signIn(context, "cash"));
        QVERIFY(Shifts(context.ledger()).open(*context.session()));
        QSettings().remove(QStringLiteral("meterLine"));
        MainWindow window(context, nullptr);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        SellPage *sell = window.sellPage();
        sell->setReceiptFolder(c.dir.filePath(QStringLiteral("receipts")));
        auto *search = sell->findChild<QLineEdit *>(QStringLiteral("search"));
        auto *amount = sell->findChild<QLineEdit *>(QStringLiteral("amount"));
        QTest::keyClicks(search, QLatin1String(kMeter));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(amount->hasFocus(), qPrintable(sell->message()));
        QTest::keyClicks(amount, QStringLiteral("100"));
        QTest::keyClick(amount, Qt::Key_R, Qt::ControlModifier);
        QVERIFY2(sell->message().contains(QStringLiteral("Administration")),
                 qPrintable(sell->message()));
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM sales WHERE kind = "
                                                  "'purchase'")),
                 0);

        QSettings().setValue(QStringLiteral("meterLine"), rs485.stationSide);
        const qint64 before =
            testing::money(meter.status()[QStringLiteral("remaining")].toString());
        QTest::keyClick(amount, Qt::Key_R, Qt::ControlModifier);
        QSettings().remove(QStringLiteral("meterLine"));
        QVERIFY2(sell->message().contains(QStringLiteral("delivered to meter")),
                 qPrintable(sell->message()));
        QVERIFY(sell->lastReceipt());
        QCOMPARE(sell->lastReceipt()->value(QStringLiteral("delivery")).toString(),
                 QStringLiteral("remote"));
        QVERIFY(QFile(sell->lastReceiptPdf()).size() > 0);
        const QJsonObject status = meter.status();
        QCOMPARE(status[QStringLiteral("lastSeq")].toInt(), 2);
        QCOMPARE(testing::money(status[QStringLiteral("remaining")].toString()) - before,
                 testing::money(sell->lastReceipt()->value(QStringLiteral("credit")).toString()));
        QTRY_VERIFY(search->hasFocus()); // ready for the next customer
    }

    // The counter's day in Arabic: a supervisor chooses Arabic in Administration, the station
    // takes it at the next sign-in without a restart (the pages rebuilt, right to left); the
    // cashier opens the shift, sells and reprints by keyboard, closes the shift, and the Z
    // report's cash is what was sold. Meter numbers stay left to right inside the sentences.
    void aDayAtTheCounterInArabic()
    {
        Counter c;
        QVERIFY(c.setUp());
        language::choose(QStringLiteral("en"));
        language::apply(QStringLiteral("en"));
        const auto english = qScopeGuard([] {
            language::choose(QString());
            language::apply(QStringLiteral("en"));
        });
        Workstation context;
        QVERIFY(context.openLedger(c.ledgerPath, false));
        QVERIFY(context.connectReader(testing::kVpcdReader));

        // The administrator picks العربية; the window made in English stays so until sign-in.
        QVERIFY(Counter::signIn(context, "admin"));
        QCOMPARE(language::current(), QStringLiteral("en"));
        {
            MainWindow window(context, nullptr);
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *choice = window.findChild<QComboBox *>(QStringLiteral("language"));
            QVERIFY(choice);
            QCOMPARE(choice->count(), 7); // the system's and six languages
            choice->setFocus();
            choice->setCurrentIndex(choice->findData(QStringLiteral("ar")));
            QCOMPARE(choice->currentText(), QStringLiteral("العربية"));
            QCOMPARE(language::chosen(), QStringLiteral("ar"));
            QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
            const QTabWidget *before = window.pages();
            // Ctrl+L locks; the same administrator signs in again: Arabic, right to left.
            bool signedIn = false;
            QTimer::singleShot(0, [&signedIn] {
                auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
                QTest::keyClicks(password, QStringLiteral("admin-pass"));
                QTest::keyClick(password, Qt::Key_Return);
                signedIn = true;
            });
            QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
            QVERIFY(signedIn);
            QVERIFY(context.session());
            QCOMPARE(language::current(), QStringLiteral("ar"));
            QVERIFY(window.pages() != before); // rebuilt in the new language
            QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
            QCOMPARE(window.pages()->layoutDirection(), Qt::RightToLeft);
            QCOMPARE(window.pages()->count(), 7);
        }

        // The installer opens the account, by keyboard, in Arabic.
        context.signOut();
        QVERIFY(Counter::signIn(context, "inst"));
        {
            MainWindow window(context, nullptr);
            window.show();
            QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
            auto *accounts = window.findChild<QWidget *>(QStringLiteral("accountsPage"));
            QVERIFY(accounts);
            window.pages()->setCurrentWidget(accounts);
            QTest::keyClicks(accounts->findChild<QLineEdit *>(QStringLiteral("openCustomer")),
                             QStringLiteral("C-1"));
            auto *meter = accounts->findChild<QLineEdit *>(QStringLiteral("openMeter"));
            QCOMPARE(meter->layoutDirection(), Qt::LeftToRight);
            meter->setFocus();
            meter->home(false);
            QTest::keyClicks(meter, QLatin1String(kMeter));
            auto *open = accounts->findChild<QPushButton *>(QStringLiteral("openAccount"));
            open->setFocus();
            QTest::keyClick(open, Qt::Key_Space);
            const QString said = qobject_cast<AccountsPage *>(accounts)->message();
            QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM meters WHERE number "
                                                      "= '310100000001'")),
                     1);
            // The meter number inside the Arabic sentence: LRI 310100000001 PDI.
            const QString isolated = QChar(0x2066) + QLatin1String(kMeter) + QChar(0x2069);
            QCOMPARE(language::ltr(QLatin1String(kMeter)), isolated);
            QVERIFY2(said.contains(isolated), qPrintable(said));
        }
        testing::FakeMeter meter = freshMeter();
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk);
        QVERIFY(meter.opened);

        // The cashier's shift.
        context.signOut();
        QVERIFY(Counter::signIn(context, "cash"));
        MainWindow window(context, nullptr);
        window.resize(testing::kCounterScreen);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window.pages()->count(), 4);
        window.pages()->setCurrentIndex(1);
        auto *openShift = window.findChild<QPushButton *>(QStringLiteral("openShift"));
        openShift->setFocus();
        QTest::keyClick(openShift, Qt::Key_Space);
        QVERIFY(Shifts(context.ledger()).current(QStringLiteral("cash")));
        QCOMPARE(window.pages()->currentIndex(), 0); // straight to Sell

        SellPage *sell = window.sellPage();
        sell->setReceiptFolder(c.dir.filePath(QStringLiteral("receipts")));
        auto *search = sell->findChild<QLineEdit *>(QStringLiteral("search"));
        auto *amount = sell->findChild<QLineEdit *>(QStringLiteral("amount"));
        QCOMPARE(sell->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(search->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(amount->layoutDirection(), Qt::LeftToRight);
        QVERIFY(testing::fitProblems(&window).isEmpty());
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QLatin1String(kMeter));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(amount->hasFocus(), qPrintable(sell->message()));
        QTest::keyClicks(amount, QStringLiteral("200"));
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY2(sell->lastReceipt(), qPrintable(sell->message()));
        QTRY_VERIFY(search->hasFocus()); // ready for the next customer
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM sales WHERE kind = "
                                                  "'purchase' AND state = 'complete'")),
                 1);
        QVERIFY(QFile(sell->lastReceiptPdf()).size() > 0);
        auto *receipt = sell->findChild<QPlainTextEdit *>(QStringLiteral("receipt"));
        QVERIFY(!receipt->toPlainText().isEmpty());
        QCOMPARE(receipt->layoutDirection(), Qt::RightToLeft); // the receipt preview mirrors
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk);
        QCOMPARE(meter.lastSequence, 2u);

        // Ctrl+P prints the receipt again (the print dialog, when there is one, is cancelled):
        // the same receipt, nothing sold twice.
        const QJsonObject sold = *sell->lastReceipt();
        QTimer::singleShot(0, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        QTest::keyClick(search, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(*sell->lastReceipt(), sold);
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM sales WHERE kind = "
                                                  "'purchase'")),
                 1);

        // A second customer buys 50 on the same card; then the shift closes.
        QTest::keyClicks(search, QLatin1String(kMeter));
        QTest::keyClick(search, Qt::Key_Return);
        QTest::keyClicks(amount, QStringLiteral("50"));
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_VERIFY(search->hasFocus());
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM sales WHERE kind = "
                                                  "'purchase' AND state = 'complete'")),
                 2);
        window.pages()->setCurrentIndex(1);
        auto *closeShift = window.findChild<QPushButton *>(QStringLiteral("closeShift"));
        closeShift->setFocus();
        QTest::keyClick(closeShift, Qt::Key_Space);
        QVERIFY(!Shifts(context.ledger()).current(QStringLiteral("cash")));
        QSqlQuery z(context.ledger().database());
        QVERIFY(z.exec(QStringLiteral("SELECT z_report, sealed_at IS NOT NULL FROM shifts "
                                      "WHERE operator = 'cash'")) &&
                z.next());
        QVERIFY(z.value(1).toBool()); // sealed
        const QJsonObject report = QJsonDocument::fromJson(z.value(0).toByteArray()).object();
        const auto cash = tariff::moneyFromText(report.value(QStringLiteral("cash")).toString());
        QVERIFY(cash);
        QCOMPARE(cash->raw(), tariff::Money::fromWhole(250).raw());
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT sum(amount) FROM ledger WHERE kind = "
                                                  "'sale'")),
                 tariff::Money::fromWhole(250).raw());
        auto *shown = window.findChild<QPlainTextEdit *>(QStringLiteral("zReport"));
        QVERIFY(shown->toPlainText().contains(report.value(QStringLiteral("cash")).toString()));
        QCOMPARE(shown->layoutDirection(), Qt::RightToLeft);
    }

    void aWholeDayAtTheCounterByKeyboard()
    {
        Counter c;
        QVERIFY(c.setUp());
        Workstation context;
        QVERIFY(context.openLedger(c.ledgerPath, false));
        QVERIFY(context.connectReader(testing::kVpcdReader));
        QVERIFY(Counter::signIn(context, "inst"));
        {
            MainWindow window(context, nullptr);
            window.show();
            auto *accounts = window.findChild<QWidget *>(QStringLiteral("accountsPage"));
            QVERIFY(accounts);
            window.pages()->setCurrentWidget(accounts);
            QTest::keyClicks(accounts->findChild<QLineEdit *>(QStringLiteral("openCustomer")),
                             QStringLiteral("C-1"));
            auto *meter = accounts->findChild<QLineEdit *>(QStringLiteral("openMeter"));
            meter->setFocus();
            meter->home(false);
            QTest::keyClicks(meter, QLatin1String(kMeter));
            auto *open = accounts->findChild<QPushButton *>(QStringLiteral("openAccount"));
            open->setFocus();
            QTest::keyClick(open, Qt::Key_Space);
            const QString said = qobject_cast<AccountsPage *>(accounts)->message();
            QVERIFY2(said.contains(QStringLiteral("Account opened")), qPrintable(said));
        }
        testing::FakeMeter meter = freshMeter();
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk);
        QVERIFY(meter.opened);

        context.signOut();
        QVERIFY(Counter::signIn(context, "cash"));
        MainWindow window(context, nullptr);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.pages()->count(), 4); // a cashier has no Accounts page
        SellPage *sell = window.sellPage();
        auto *search = sell->findChild<QLineEdit *>(QStringLiteral("search"));
        auto *amount = sell->findChild<QLineEdit *>(QStringLiteral("amount"));
        sell->setReceiptFolder(c.dir.filePath(QStringLiteral("receipts")));

        // Without a shift the sale is refused with what to do.
        QTest::keyClicks(search, QLatin1String(kMeter));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(amount->hasFocus(), qPrintable(sell->message()));
        QTest::keyClicks(amount, QStringLiteral("200"));
        QVERIFY2(
            sell->findChild<QAbstractItemView *>(QStringLiteral("quote"))->model()->rowCount() > 0,
            qPrintable(sell->message()));
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY2(sell->message().contains(QStringLiteral("Open a shift")),
                 qPrintable(sell->message()));
        QVERIFY(Shifts(context.ledger()).open(*context.session()));

        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY2(sell->message().startsWith(QStringLiteral("Sold")), qPrintable(sell->message()));
        QTRY_VERIFY(search->hasFocus()); // ready for the next customer
        QVERIFY(sell->lastReceipt());
        QVERIFY(QFile(sell->lastReceiptPdf()).size() > 0);
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM sales WHERE kind = "
                                                  "'purchase' AND state = 'complete'")),
                 1);
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT sum(amount) FROM ledger WHERE kind = "
                                                  "'sale'")),
                 tariff::Money::fromWhole(200).raw());
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk);
        QCOMPARE(meter.lastSequence, 2u);
        {
            // The Cards page shows the card whole, verified, with what the ledger knows.
            CardsPage cards(context);
            cards.readCard();
            QVERIFY2(cards.message().contains(QStringLiteral("verifies")),
                     qPrintable(cards.message()));
            QVERIFY(cards.shown().contains(QStringLiteral("purchase")));
            QVERIFY(cards.shown().contains(QStringLiteral("meter 310100000001")));
        }

        // A customer name finds the account too; F5 reads the card itself.
        QTest::keyClicks(search, QStringLiteral("Ana"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(amount->hasFocus(), qPrintable(sell->message()));
        QTest::keyClick(sell, Qt::Key_Escape);
        QTest::keyClick(search, Qt::Key_F5);
        QVERIFY2(amount->hasFocus(), qPrintable(sell->message()));

        // The card is pulled before Enter: a clear refusal, nothing recorded; back in, it sells.
        QTest::keyClicks(amount, QStringLiteral("100"));
        c.vcard.stop();
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY2(!sell->message().startsWith(QStringLiteral("Sold")), qPrintable(sell->message()));
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM sales WHERE kind = "
                                                  "'purchase'")),
                 1);
        QVERIFY(c.vcard.start(c.image));
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY2(sell->message().startsWith(QStringLiteral("Sold")), qPrintable(sell->message()));
        QTRY_VERIFY(search->hasFocus());

        // The card is pulled while it is written (after the pending record, before the write):
        // the cashier is told to put it back, nothing is charged; back in, F5 settles the
        // pending record (void: the card does not hold it) and the sale goes through.
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk);
        const qint64 journalBefore =
            c.scalar(context, QStringLiteral("SELECT sum(amount) FROM ledger"));
        context.setStepObserver([&c](SaleStep step) {
            if (step == SaleStep::kPendingRecorded)
                c.vcard.stop();
        });
        QTest::keyClicks(search, QLatin1String(kMeter));
        QTest::keyClick(search, Qt::Key_Return);
        QTest::keyClicks(amount, QStringLiteral("50"));
        QTest::keyClick(amount, Qt::Key_Return);
        context.setStepObserver({});
        QVERIFY2(sell->message().contains(QStringLiteral("put the same card back")),
                 qPrintable(sell->message()));
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM sales WHERE state = "
                                                  "'pending'")),
                 1);
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT sum(amount) FROM ledger")),
                 journalBefore);
        QVERIFY(c.vcard.start(c.image));
        QTRY_VERIFY(amount->hasFocus());
        QTest::keyClick(sell, Qt::Key_Escape);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_F5);
        QVERIFY2(amount->hasFocus(), qPrintable(sell->message()));
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM sales WHERE state = "
                                                  "'pending'")),
                 0);
        // The same card is back: the same token is written to it again and the sale completes.
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM sales WHERE state = "
                                                  "'void'")),
                 0);
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT sum(amount) FROM ledger")),
                 journalBefore + tariff::Money::fromWhole(50).raw());
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk); // the customer loads it
        QTest::keyClick(search, Qt::Key_F5);
        QVERIFY2(amount->hasFocus(), qPrintable(sell->message()));
        // A receipt printer that is not there: sold all the same, and the cashier is told.
        QSettings().setValue(QStringLiteral("receiptPrinter"), QStringLiteral("No Such Printer"));
        QTest::keyClicks(amount, QStringLiteral("50"));
        QTest::keyClick(amount, Qt::Key_Return);
        QSettings().remove(QStringLiteral("receiptPrinter"));
        QVERIFY2(sell->message().startsWith(QStringLiteral("Sold")), qPrintable(sell->message()));
        QVERIFY2(sell->message().contains(QStringLiteral("did not print")),
                 qPrintable(sell->message()));
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT sum(amount) FROM ledger")),
                 journalBefore + tariff::Money::fromWhole(100).raw());
        QTRY_VERIFY(search->hasFocus());

        // A wrong card: another utility's blank card is not a customer card here.
        const QString stranger = c.dir.filePath(QStringLiteral("stranger.img"));
        QVERIFY(testing::createCard(stranger, "user", "7777", "t1"));
        QVERIFY(c.vcard.start(stranger));
        QTest::keyClick(search, Qt::Key_F5);
        QVERIFY2(sell->message().contains(QStringLiteral("not a customer card")),
                 qPrintable(sell->message()));
        QTest::keyClicks(amount, QStringLiteral("100"));
        QTest::keyClick(amount, Qt::Key_Return);
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM sales WHERE kind = "
                                                  "'purchase'")),
                 4);
        // The customer lost the card: the installer writes a replacement on a new card.
        const QString spare = c.dir.filePath(QStringLiteral("spare.img"));
        QVERIFY(testing::createCard(spare, "user", "1002", "t1"));
        QVERIFY(c.vcard.start(spare));
        context.signOut();
        QVERIFY(Counter::signIn(context, "inst"));
        QVERIFY(Shifts(context.ledger()).open(*context.session()));
        AccountsPage accounts(context);
        accounts.show();
        auto *replaceMeter = accounts.findChild<QLineEdit *>(QStringLiteral("replaceMeter"));
        replaceMeter->setFocus();
        replaceMeter->home(false);
        QTest::keyClicks(replaceMeter, QLatin1String(kMeter));
        auto *replace = accounts.findChild<QPushButton *>(QStringLiteral("replaceCard"));
        replace->setFocus();
        QTest::keyClick(replace, Qt::Key_Space);
        QVERIFY2(accounts.message().contains(QStringLiteral("blacklisted")),
                 qPrintable(accounts.message()));
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT state = 'blacklisted' FROM cards WHERE "
                                                  "serial = 4097")),
                 1);

        // The meter burnt: the installer moves the account to a new meter with the 12.50 its
        // display showed, on a new card; the old meter and its card are retired.
        const QString third = c.dir.filePath(QStringLiteral("third.img"));
        QVERIFY(testing::createCard(third, "user", "1003", "t1"));
        QVERIFY(c.vcard.start(third));
        auto *tasks = accounts.findChild<QTabWidget *>(QStringLiteral("accountTasks"));
        tasks->setCurrentIndex(3);
        for (const auto &[name, text] : {std::pair{"changeOldMeter", QLatin1String(kMeter)},
                                         std::pair{"changeNewMeter", QLatin1String("310100000002")},
                                         std::pair{"changeRemaining", QLatin1String("12.50")}}) {
            auto *edit = accounts.findChild<QLineEdit *>(QLatin1String(name));
            edit->setFocus();
            edit->home(false);
            QTest::keyClicks(edit, text);
        }
        auto *change = accounts.findChild<QPushButton *>(QStringLiteral("changeMeter"));
        change->setFocus();
        // The lost card held the 50 sale the old meter never loaded: moving its credit needs a
        // supervisor, who signs in a second time in the dialog, by keyboard.
        bool countersigned = false;
        QTimer::singleShot(0, [&countersigned] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            for (const auto &[name, text] :
                 {std::pair{"countersignLogin", QLatin1String("sup")},
                  std::pair{"countersignPassword", QLatin1String("sup-pass")},
                  std::pair{"countersignReason", QLatin1String("meter burnt, card credit moved")}})
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QLatin1String(name)), text);
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("countersignReason")),
                            Qt::Key_Return);
            countersigned = true;
        });
        QTest::keyClick(change, Qt::Key_Space);
        QVERIFY(countersigned);
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'meter-change.countersigned'")),
                 1);
        QVERIFY2(accounts.message().contains(QStringLiteral("replaces meter")),
                 qPrintable(accounts.message()));
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT status = 'removed' FROM meters WHERE "
                                                  "number = '310100000001'")),
                 1);
        QCOMPARE(c.scalar(context, QStringLiteral("SELECT token_amount FROM sales WHERE kind = "
                                                  "'meter-change' AND state = 'complete'")),
                 tariff::Money::fromRaw(125'000).raw());
        // The customer's history on the Reports page comes with the energy chart.
        window.pages()->setCurrentIndex(window.pages()->count() - 1);
        window.findChild<QComboBox *>(QStringLiteral("reportName"))
            ->setCurrentText(QStringLiteral("customer"));
        auto *argument = window.findChild<QLineEdit *>(QStringLiteral("reportArgument"));
        QTest::keyClicks(argument, QStringLiteral("C-1"));
        QTest::keyClick(argument, Qt::Key_Return);
        auto *chart = window.findChild<UsageChart *>(QStringLiteral("usageChart"));
        QVERIFY(chart && !chart->isHidden());
        QCOMPARE(chart->months().size(), 1);
        const auto usage =
            Reports(context.ledger()).usage(*context.session(), QStringLiteral("C-1"));
        QVERIFY(usage);
        QCOMPARE(chart->bought().value(0),
                 tariff::energyFromText(usage->rows[0][1])->raw() / 1000.0);
        QVERIFY(chart->bought().value(0) > 0);
    }
};

QTEST_MAIN(TestStationUi)
#include "tst_stationui.moc"
