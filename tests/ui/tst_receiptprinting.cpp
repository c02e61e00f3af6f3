// Administration's thermal printer choice and the reprint path: the printer chosen on the page
// (a real loopback TCP listener as the network printer) gets the receipt that the Reports
// page's "Find receipt" opened from its QR code's text, by Ctrl+P; a printer that refuses says so
// by name and the sale stays.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "../station/desk.h"
#include "../station/escposreader.h"
#include "../station/printerpeers.h"
#include "adminpage.h"
#include "ampcard/station/receiptdocument.h"
#include "ampcard/station/workstation.h"
#include "quotemodel.h"
#include "receiptfinder.h"

using namespace ampcard;
using namespace ampcard::station;

class TestReceiptPrinting : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("ampcard-test"));
        QCoreApplication::setApplicationName(QStringLiteral("receiptprinting"));
    }

    void administrationChoosesTheThermalPrinterAndCtrlPReprints()
    {
        testing::Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.ledger->setSetting(Workstation::kCurrencyKey, QStringLiteral("KES")));
        QVERIFY(c.ledger->setSetting(Workstation::kUtilityNameKey, QStringLiteral("Demo Power")));
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), testing::kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        const auto sale = c.desk->sell(*c.staff.cashier, QLatin1String(testing::kMeterNumber),
                                       testing::byMoney(500));
        QVERIFY2(sale, qPrintable(c.desk->errorString()));
        const QString saleId = sale->value(QStringLiteral("sale")).toString();
        const QString stateBefore =
            c.desk->receipt(saleId)->value(QStringLiteral("state")).toString();
        const QString path = c.path;
        c.desk.reset();
        c.ledger.reset();

        Workstation station;
        QVERIFY2(station.openLedger(path, false), qPrintable(station.errorString()));
        QVERIFY2(station.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass")),
                 qPrintable(station.errorString()));

        // The administrator chooses a network printer on 58 mm paper.
        testing::NetworkPrinter printer;
        AdminPage admin(station);
        auto *kind = admin.findChild<QComboBox *>(QStringLiteral("receiptPrinterKind"));
        auto *address = admin.findChild<QLineEdit *>(QStringLiteral("receiptAddress"));
        auto *paper = admin.findChild<QComboBox *>(QStringLiteral("receiptPaper"));
        QVERIFY(kind && address && paper);
        QVERIFY(!address->isEnabled());
        kind->setCurrentIndex(kind->findData(QStringLiteral("network")));
        QVERIFY(address->isEnabled());
        paper->setCurrentIndex(paper->findData(QStringLiteral("58")));
        address->setText(QStringLiteral("127.0.0.1:notaport"));
        QTest::keyClick(address, Qt::Key_Return);
        QVERIFY2(admin.message().contains(QStringLiteral("not a printer's address")),
                 qPrintable(admin.message()));
        address->setText(printer.target().name());
        QTest::keyClick(address, Qt::Key_Return);
        QCOMPARE(QSettings().value(QStringLiteral("receiptPrinterKind")).toString(),
                 QStringLiteral("network"));
        QCOMPARE(QSettings().value(QStringLiteral("receiptAddress")).toString(),
                 printer.target().name());

        // The cashier scans the receipt's QR code (the scanner types it and Enter).
        station.signOut();
        QVERIFY(station.signIn(QStringLiteral("cash"), QStringLiteral("cash-pass")));
        ReceiptFinder finder(station);
        finder.show();
        QVERIFY(QTest::qWaitForWindowActive(&finder));
        auto *code = finder.findChild<QLineEdit *>(QStringLiteral("findReceipt"));
        const QString scanned =
            receiptDocument(*sale, receiptStyle({}, QStringLiteral("KES"))).qrText;
        QVERIFY(scanned.startsWith(QStringLiteral("AMPCARD:R1:") + saleId));
        code->setFocus();
        QTest::keyClicks(code, scanned);
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY2(finder.receipt(), qPrintable(finder.message()));
        QCOMPARE(finder.receipt()->value(QStringLiteral("sale")).toString(), saleId);

        // Ctrl+P prints it on the thermal printer.
        const QByteArray bytes =
            printer.receive([&] { QTest::keySequence(&finder, QKeySequence::Print); });
        const testing::EscPosPrint print = testing::readEscPos(bytes);
        QVERIFY2(print.error.isEmpty(), qPrintable(print.error));
        QCOMPARE(print.cuts, 1);
        QCOMPARE(print.lines.value(0), QStringLiteral("Demo Power"));
        for (const QString &line : print.lines)
            QVERIFY2(line.size() <= 32, qPrintable(line));
        QCOMPARE(print.qrStored.value(0), scanned.toLatin1());
        QVERIFY(finder.message().contains(QStringLiteral("printed again")));

        // The printer goes away: Ctrl+P says which printer and why; the sale is untouched.
        const QString gone = printer.target().name();
        ::close(printer.listener);
        printer.listener = -1;
        QTest::keySequence(&finder, QKeySequence::Print);
        QVERIFY2(finder.message().contains(gone) &&
                     finder.message().contains(QStringLiteral("refused")),
                 qPrintable(finder.message()));
        const auto after = station.lookup().receipt(saleId);
        QVERIFY(after);
        QCOMPARE(after->value(QStringLiteral("state")).toString(), stateBefore);
    }

    // The Sell page's quote in the station currency: each line rounded to minor units, and a
    // "Rounding" line so that the lines shown add up to the cash to pay.
    void theQuoteIsShownInMinorUnits()
    {
        SaleQuote quote;
        quote.paid = tariff::Money::fromRaw(1'000'000);      // 100
        quote.fixedCharge = tariff::Money::fromRaw(333'350); // 33.34
        quote.vat = tariff::Money::fromRaw(91'950);          // 9.20
        quote.credit = tariff::Money::fromRaw(574'700);      // 57.47, and -0.01 rounding
        QuoteModel model;
        QAbstractItemModelTester tester(&model);
        model.setQuote(quote, MoneyFormat::forCode(QStringLiteral("KES"), QLocale::c()));
        QStringList items;
        std::int64_t sum = 0;
        const MoneyFormat kes = *MoneyFormat::forCode(QStringLiteral("KES"), QLocale::c());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString item = model.index(row, QuoteModel::kItem).data().toString();
            const QString amount = model.index(row, QuoteModel::kAmount).data().toString();
            items.append(item);
            if (item != QLatin1String("Total to pay") && item != QLatin1String("Energy") &&
                !amount.isEmpty())
                sum += kes.parse(amount)->raw();
        }
        QVERIFY2(items.contains(QStringLiteral("Rounding")), qPrintable(items.join(u',')));
        QCOMPARE(model.index(items.indexOf(QStringLiteral("Fixed charge")), QuoteModel::kAmount)
                     .data()
                     .toString(),
                 QStringLiteral("33.34"));
        QCOMPARE(model.index(items.indexOf(QStringLiteral("Total to pay")), QuoteModel::kAmount)
                     .data()
                     .toString(),
                 QStringLiteral("100.00"));
        QCOMPARE(sum, quote.paid.raw());
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestReceiptPrinting)
#include "tst_receiptprinting.moc"
