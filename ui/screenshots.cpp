#include "screenshots.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include "ampcard/card/cardapp.h"
#include "ampcard/cardio/localcard.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/tariffplans.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "sellpage.h"
#include "demometer.h"
#include "language.h"
#include "setupwizard.h"
#include "ampcard/station/workstation.h"
#include "tariffspage.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

// A counter's screen.
constexpr QSize kCounterScreen(1366, 768);

cardio::UtilityKeys demoKeys()
{
    cardio::SecureBytes master(32);
    for (std::size_t i = 0; i < 32; ++i)
        master.bytes()[i] = static_cast<std::uint8_t>(i + 1);
    return cardio::UtilityKeys(3301, std::move(master));
}

// A demo utility with three accounts and a morning of sales, made through the services with an
// in-process card; `firstCard` gets the card of meter 310100000001.
bool makeDemo(Workstation &context, const QString &path, card::MemoryStore *firstCard)
{
    if (!context.openLedger(path, true))
        return false;
    Ledger &ledger = context.ledger();
    Operators operators(ledger, 1000);
    if (!operators.addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Grace Phiri"),
                                         QStringLiteral("admin-pass")))
        return false;
    const Session admin = *operators.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass"));
    if (!operators.add(admin, QStringLiteral("cash"), QStringLiteral("Li Mei"), Role::kCashier,
                       QStringLiteral("cash-pass")))
        return false;
    StationSettings settings;
    settings.utilityId = 3301;
    settings.fees.vatBasisPoints = 1600;
    settings.fees.monthlyFixedCharge = tariff::Money::fromWhole(50);
    if (!Settings(ledger).save(admin, settings) ||
        !ledger.setSetting(Workstation::kUtilityNameKey, QStringLiteral("Demo Power Company")))
        return false;
    if (TariffPlans(ledger).addVersion(
            admin, QStringLiteral("DEMO"),
            R"({"name":"DEMO","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
            R"("steps":[{"upTo":"50","price":"12.0000"},{"price":"25.0000"}]})",
            QDateTime::currentDateTimeUtc()) == 0)
        return false;
    if (Customers(ledger).importCsv(admin, "number,name,address,phone\n"
                                           "C-1001,Ana Mwale,12 Kafue Road,0977000111\n"
                                           "C-1002,Ben Banda,4 Market Street,0977000222\n"
                                           "C-1003,Wang Fang,88 Station Road,0977000333\n") != 3)
        return false;
    const cardio::UtilityKeys keys = demoKeys();
    if (!Shifts(ledger).open(admin))
        return false;
    for (int i = 0; i < 3; ++i) {
        card::MemoryStore store;
        if (!card::formatCard(store, card::CardId{card::CardKind::kUser,
                                                  static_cast<std::uint64_t>(0xD001 + i), 0})
                 .ok())
            return false;
        cardio::LocalCard local(store, card::Protocol::kT1);
        CardDesk desk(ledger, keys, local);
        AccountRequest request;
        request.customerNumber = QStringLiteral("C-100%1").arg(i + 1);
        request.meter.number = QStringLiteral("31010000000%1").arg(i + 1);
        request.meter.tariffPlan = QStringLiteral("DEMO");
        SaleRequest sale;
        sale.money = tariff::Money::fromWhole(200 + 150 * i);
        sale.combineUnloaded = true;
        if (!desk.openAccount(admin, request) || !desk.sell(admin, request.meter.number, sale))
            return false;
        if (i == 0)
            *firstCard = store;
    }
    return context.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass"));
}

bool save(QWidget *widget, const QString &dir, const QString &name, const QString &language)
{
    widget->resize(widget->width() < 600 ? 600 : widget->width(), widget->height());
    return widget->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language)));
}

bool renderLanguage(const QString &dir, const QString &language)
{
    QTemporaryDir temporary;
    Workstation context;
    card::MemoryStore firstCard;
    if (!makeDemo(context, temporary.filePath(QStringLiteral("ledger.sqlite")), &firstCard))
        return false;
    {
        // The demo meter after the card's first visit and three hours at 2 kW.
        DemoMeter meter(demoKeys(), temporary.filePath(QStringLiteral("demo-meter")), nullptr);
        QString error;
        if (!meter.start(&error) ||
            meter.insertCard(firstCard, card::Protocol::kT1) != meter::CardOutcome::kLoaded)
            return false;
        meter.run(3 * 3'600'000);
        meter.show();
        if (!save(&meter, dir, QStringLiteral("demo-meter"), language))
            return false;
    }
    {
        Workstation fresh;
        SetupWizard wizard(fresh, temporary.filePath(QStringLiteral("unused.sqlite")),
                           temporary.filePath(QStringLiteral("unused.json")));
        wizard.resize(700, 500);
        wizard.show();
        if (!save(&wizard, dir, QStringLiteral("setup-wizard"), language))
            return false;
    }
    {
        LoginDialog login(context);
        login.show();
        if (!save(&login, dir, QStringLiteral("sign-in"), language))
            return false;
    }
    MainWindow window(context, nullptr);
    window.resize(kCounterScreen);
    window.show();
    SellPage *sell = window.sellPage();
    auto *search = sell->findChild<QLineEdit *>(QStringLiteral("search"));
    search->setText(QStringLiteral("310100000002"));
    sell->search();
    sell->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("500"));
    if (!save(&window, dir, QStringLiteral("sell"), language))
        return false;
    QTabWidget *pages = window.pages();
    const QStringList names = {QStringLiteral("sell"),          QStringLiteral("shift"),
                               QStringLiteral("accounts"),      QStringLiteral("cards"),
                               QStringLiteral("tariffs"),       QStringLiteral("reports"),
                               QStringLiteral("administration")};
    for (int i = 1; i < pages->count() && i < names.size(); ++i) {
        pages->setCurrentIndex(i);
        if (auto *tariffs = qobject_cast<TariffsPage *>(pages->currentWidget())) {
            tariffs->findChild<QLineEdit *>(QStringLiteral("planName"))
                ->setText(QStringLiteral("DEMO"));
            tariffs->findChild<QSpinBox *>(QStringLiteral("stepCount"))->setValue(3);
            auto *ladder = tariffs->findChild<QTableWidget *>(QStringLiteral("ladder"));
            const char *cells[][2] = {{"50", "12.0000"}, {"200", "18.0000"}, {"", "25.0000"}};
            for (int row = 0; row < 3; ++row) {
                if (row < 2)
                    ladder->item(row, 0)->setText(QLatin1String(cells[row][0]));
                ladder->item(row, 1)->setText(QLatin1String(cells[row][1]));
            }
            tariffs->findChild<QLineEdit *>(QStringLiteral("usage"))
                ->setText(QStringLiteral("120"));
        }
        if (auto *run =
                pages->currentWidget()->findChild<QPushButton *>(QStringLiteral("runReport")))
            run->click(); // today's takings
        if (!save(&window, dir, names[i], language))
            return false;
    }
    // A customer's history with the energy chart, and the meter change on the Accounts page.
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QWidget *page = pages->currentWidget();
        if (auto *run = page->findChild<QPushButton *>(QStringLiteral("runReport"))) {
            page->findChild<QComboBox *>(QStringLiteral("reportName"))
                ->setCurrentText(QStringLiteral("customer"));
            page->findChild<QLineEdit *>(QStringLiteral("reportArgument"))
                ->setText(QStringLiteral("C-1002"));
            run->click();
            if (!save(&window, dir, QStringLiteral("customer-history"), language))
                return false;
        }
        if (auto *tasks = page->findChild<QTabWidget *>(QStringLiteral("accountTasks"))) {
            tasks->setCurrentIndex(3);
            if (!save(&window, dir, QStringLiteral("meter-change"), language))
                return false;
        }
    }
    return true;
}

} // namespace

int renderScreenshots(const QString &dir)
{
    QDir().mkpath(dir);
    const QString before = language::current();
    int result = 0;
    for (const language::Choice &choice : language::offered()) {
        if (language::apply(choice.code) != choice.code) {
            result = 2;
            break;
        }
        if (!renderLanguage(dir, choice.code)) {
            result = 1;
            break;
        }
    }
    language::apply(before);
    return result;
}
