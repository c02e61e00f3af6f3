#include "mainwindow.h"

#include <algorithm>
#include <memory>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include "ampcard/station/centralreports.h"
#include "ampcard/station/moneyformat.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/sync.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/central/pg.h"
#include "ampcard/tariff/tarifffile.h"
#include "accountspage.h"
#include "allstations.h"
#include "adminpage.h"
#include "cardspage.h"
#include "logindialog.h"
#include "receiptfinder.h"
#include "receiptprinter.h"
#include "sellpage.h"
#include "ampcard/station/workstation.h"
#include "tariffspage.h"
#include "usagechart.h"
#include "demometer.h"
#include "syncindicator.h"
#include "language.h"
#include "virtualreader.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

QString dataFolder(const QString &name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') +
           name;
}

// How often the application pushes to the central server in network mode.
constexpr int kSyncIntervalMs = 2000;

} // namespace

MainWindow::MainWindow(Workstation &context, VirtualReader *virtualReader, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_virtual(virtualReader), m_status(new QLabel(this))
{
    statusBar()->addWidget(m_status, 1);
    // Network mode: the push runs beside the counter and says where it stands.
    auto *sync = new SyncIndicator(m_context.ledger().path(), kSyncIntervalMs, this);
    statusBar()->addPermanentWidget(sync);
    // The worker has no key: the sealed part of what other stations changed is applied here,
    // where the key is unlocked.
    connect(sync, &SyncIndicator::protectedWaiting, this, [this] {
        if (!m_context.ledger().hasKey())
            return;
        QString error;
        const std::optional<qint64> applied =
            ampcard::station::Sync(m_context.ledger()).pullProtected(&error);
        if (applied && *applied > 0)
            m_status->setText(tr("%n tariff, fee or operator change(s) from other stations "
                                 "applied.",
                                 nullptr, int(*applied)));
    });
    buildPages();
    m_idle.setInterval(5 * 60 * 1000);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &MainWindow::lock);
    m_idle.start();
    qApp->installEventFilter(this);
}

void MainWindow::buildPages()
{
    m_language = language::current();
    const int shown = m_pages ? m_pages->currentIndex() : 0;
    if (m_pages) {
        // The pages of the language before: their texts were translated when they were made.
        takeCentralWidget()->deleteLater();
        for (QMenu *menu : menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
            menu->deleteLater();
        menuBar()->clear();
    }
    m_pages = new QTabWidget(this);
    m_sell = new SellPage(m_context, m_pages);
    setWindowTitle(tr("Ampcard Station — %1").arg(m_context.utilityName()));
    m_sell->setReceiptFolder(dataFolder(QStringLiteral("receipts")));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(m_sell, tr("&Sell"));
    m_pages->addTab(shiftPage(), tr("S&hift"));
    const auto &session = m_context.session();
    if (session && session->may(Permission::kOpenAccount))
        m_pages->addTab(new AccountsPage(m_context, m_pages), tr("&Accounts"));
    m_pages->addTab(new CardsPage(m_context, m_pages), tr("&Cards"));
    if (session && session->may(Permission::kManageTariffs))
        m_pages->addTab(new TariffsPage(m_context, m_pages), tr("&Tariffs"));
    m_pages->addTab(reportsPage(), tr("&Reports"));
    if (session &&
        (session->may(Permission::kManageOperators) || session->may(Permission::kManageTariffs))) {
        auto *admin = new AdminPage(m_context, m_pages);
        connect(admin, &AdminPage::restored, this, &MainWindow::lock, Qt::QueuedConnection);
        m_pages->addTab(admin, tr("Ad&ministration"));
    }
    m_pages->setCurrentIndex(std::min(shown, m_pages->count() - 1));
    setCentralWidget(m_pages);

    QMenu *cards = menuBar()->addMenu(tr("&Card reader"));
    // F5 itself belongs to the Sell page (one shortcut per key, or neither fires).
    cards->addAction(tr("Read the card (F5)"), m_sell, &SellPage::readCard);
    if (m_virtual) {
        cards->addSeparator();
        for (int i = 0; i < m_virtual->cardCount(); ++i) {
            cards->addAction(tr("Insert demo card %1").arg(i + 1), this, [this, i] {
                if (!m_virtual->insert(i))
                    statusBar()->showMessage(m_virtual->errorString(), 8000);
                refreshStatus();
            });
        }
        cards->addAction(tr("Pull the card"), this, [this] {
            m_virtual->pull();
            refreshStatus();
        });
        cards->addSeparator();
        cards->addAction(tr("&Demo meter"), QKeySequence(Qt::CTRL | Qt::Key_M), this,
                         [this] { (void)showDemoMeter(); });
    }
    QMenu *sessionMenu = menuBar()->addMenu(tr("S&ession"));
    sessionMenu->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                           &MainWindow::lock);
    sessionMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    connect(m_sell, &SellPage::sold, this, &MainWindow::refreshStatus);
    refreshStatus();
}

DemoMeter *MainWindow::showDemoMeter()
{
    if (!m_virtual)
        return nullptr;
    if (!m_demoMeter) {
        auto *meter = new DemoMeter(m_context.keys(), dataFolder(QStringLiteral("demo-meter")),
                                    m_virtual, this);
        QString error;
        if (!meter->start(&error)) {
            delete meter;
            statusBar()->showMessage(error, 8000);
            return nullptr;
        }
        m_demoMeter = meter;
    }
    m_demoMeter->show();
    m_demoMeter->raise();
    m_demoMeter->activateWindow();
    return m_demoMeter;
}

void MainWindow::refreshStatus()
{
    const auto &session = m_context.session();
    QString shift = tr("no shift open");
    if (session) {
        if (const auto open = Shifts(m_context.ledger()).current(session->login()))
            shift = tr("shift open since %1")
                        .arg(language::ltr(
                            open->openedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    m_status->setText(
        tr("%1 (%2) · %3 · reader: %4")
            .arg(session ? session->login() : tr("nobody"),
                 session ? roleText(session->role()) : QString(), shift,
                 m_context.readerName().isEmpty() ? tr("none") : m_context.readerName()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress)
        m_idle.start();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock()
{
    const QString login = m_context.session() ? m_context.session()->login() : QString();
    m_context.signOut();
    hide();
    LoginDialog dialog(m_context, login);
    if (dialog.exec() != QDialog::Accepted) {
        QApplication::quit();
        return;
    }
    // The sign-in put the station's chosen language in force; the pages follow it.
    if (language::current() != m_language)
        buildPages();
    show();
    m_idle.start();
    refreshStatus();
}

QWidget *MainWindow::shiftPage()
{
    auto *page = new QWidget(this);
    auto *report = new QPlainTextEdit(page);
    report->setReadOnly(true);
    report->setObjectName(QStringLiteral("zReport"));
    report->setFont(QFont(QStringLiteral("monospace")));
    auto *open = new QPushButton(tr("&Open my shift"), page);
    auto *close = new QPushButton(tr("&Close my shift and print the Z report"), page);
    open->setObjectName(QStringLiteral("openShift"));
    close->setObjectName(QStringLiteral("closeShift"));
    auto *message = new QLabel(page);
    message->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(close);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(message);
    layout->addWidget(report, 1);
    connect(open, &QPushButton::clicked, this, [this, message] {
        Shifts shifts(m_context.ledger());
        const auto id = shifts.open(*m_context.session());
        message->setText(id ? tr("Shift open. Good selling.") : shifts.errorString());
        refreshStatus();
        if (id)
            m_pages->setCurrentWidget(m_sell);
    });
    connect(close, &QPushButton::clicked, this, [this, message, report] {
        Shifts shifts(m_context.ledger());
        const auto z = shifts.close(*m_context.session(), m_context.session()->login());
        if (!z) {
            message->setText(shifts.errorString());
            return;
        }
        const auto money = MoneyFormat::forCode(m_context.currency(), QLocale());
        report->setPlainText(zReportText(*z, money));
        const QString folder = dataFolder(QStringLiteral("reports"));
        QDir().mkpath(folder);
        const QString pdf = QDir(folder).filePath(z->value(QStringLiteral("shift")).toString() +
                                                  QStringLiteral(".pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        QTextDocument document;
        document.setPlainText(zReportText(*z, money));
        document.print(&printer);
        if (shifts.seal(*m_context.session(), z->value(QStringLiteral("shift")).toString()))
            message->setText(tr("Shift closed; the Z report is sealed and saved as %1.").arg(pdf));
        else
            message->setText(shifts.errorString());
        refreshStatus();
    });
    return page;
}

QWidget *MainWindow::reportsPage()
{
    auto *page = new QWidget(this);
    auto *name = new QComboBox(page);
    name->addItems(Reports::names());
    auto *argument = new QLineEdit(page);
    argument->setPlaceholderText(tr("day, month (YYYY-MM), login or customer number"));
    auto *from = new QDateEdit(QDate::currentDate().addDays(-30), page);
    auto *to = new QDateEdit(QDate::currentDate(), page);
    auto *run = new QPushButton(tr("R&un"), page);
    run->setObjectName(QStringLiteral("runReport"));
    auto *csv = new QPushButton(tr("Export &CSV…"), page);
    auto *pdf = new QPushButton(tr("&PDF…"), page);
    auto *print = new QPushButton(tr("Pr&int…"), page);
    name->setObjectName(QStringLiteral("reportName"));
    argument->setObjectName(QStringLiteral("reportArgument"));
    language::keepLeftToRight({argument, from, to});
    auto *model = new QStandardItemModel(page);
    auto *view = new QTableView(page);
    view->setObjectName(QStringLiteral("reportTable"));
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    auto *message = new QLabel(page);
    message->setObjectName(QStringLiteral("reportMessage"));
    // A customer's history comes with the energy bought and used by month.
    auto *chart = new UsageChart(page);
    chart->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(name);
    row->addWidget(argument, 1);
    row->addWidget(from);
    row->addWidget(to);
    row->addWidget(run);
    row->addWidget(csv);
    row->addWidget(pdf);
    row->addWidget(print);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(message);
    layout->addWidget(view, 1);
    layout->addWidget(chart, 1);
    layout->addWidget(new ReceiptFinder(m_context, page));
    auto table = std::make_shared<ReportTable>();
    auto fill = [=](const ReportTable &result) {
        *table = result;
        message->setText(result.title);
        model->setHorizontalHeaderLabels(result.columns);
        for (const QStringList &cells : result.rows) {
            QList<QStandardItem *> items;
            // Numbers, amounts, dates and meter numbers read left to right in any language.
            for (const QString &cell : cells) {
                const bool figures =
                    std::ranges::none_of(cell, [](QChar c) { return c.isLetter(); });
                items.append(new QStandardItem(figures ? language::ltr(cell) : cell));
            }
            model->appendRow(items);
        }
    };
    // Over all stations, for a supervisor of a station that has joined a server: the same
    // reports and more, from the central server (allstations.h).
    auto *allStations = new QCheckBox(tr("All statio&ns"), page);
    allStations->setObjectName(QStringLiteral("allStations"));
    allStations->setToolTip(tr("Run the report on the central server over every station"));
    auto *reportServer = new QPushButton(tr("Reporting ser&ver…"), page);
    reportServer->setObjectName(QStringLiteral("reportServer"));
    auto *progress = new QProgressBar(page);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setRange(0, 0); // busy: the server says nothing of how far it got
    progress->setMaximumWidth(160);
    progress->hide();
    allStations->setVisible(AllStationsReports::offered(m_context));
    reportServer->setVisible(allStations->isChecked());
    row->insertWidget(1, allStations);
    row->insertWidget(row->indexOf(print) + 1, reportServer);
    row->insertWidget(row->indexOf(reportServer) + 1, progress);
    auto *central = new AllStationsReports(page);
    connect(allStations, &QCheckBox::toggled, this, [=](bool all) {
        name->clear();
        name->addItems(all ? CentralReports::names() : Reports::names());
        argument->setPlaceholderText(all ? tr("day, or month (YYYY-MM)")
                                         : tr("day, month (YYYY-MM), login or customer number"));
        reportServer->setVisible(all);
        chart->hide();
        model->clear();
        message->clear();
    });
    // The reporting URL, asked once and kept without its password; empty when not given.
    auto askServer = [=, this](QString *password) {
        QString url = AllStationsReports::server(m_context.ledger());
        bool ok = false;
        url = QInputDialog::getText(
                  this, tr("Reporting server"),
                  tr("The URL of the reporting login (ampcard server add-reporter). It is kept "
                     "without its password."),
                  QLineEdit::Normal, url.isEmpty() ? Sync(m_context.ledger()).state().server : url,
                  &ok)
                  .trimmed();
        if (!ok || url.isEmpty())
            return QString();
        QString error;
        if (!AllStationsReports::keepServer(m_context.ledger(), url, &error)) {
            message->setText(error);
            return QString();
        }
        // A password in the URL serves this once; it is not kept.
        if (password)
            *password = central::parameterOf(url, QStringLiteral("password"));
        return AllStationsReports::server(m_context.ledger());
    };
    connect(reportServer, &QPushButton::clicked, this, [=] { (void)askServer(nullptr); });
    auto runCentral = [=, this] {
        if (!AllStationsReports::offered(m_context)) {
            message->setText(tr("Reports over all stations are for a supervisor of a station "
                                "that has joined a server."));
            return;
        }
        QString password;
        QString url = AllStationsReports::server(m_context.ledger());
        if (url.isEmpty())
            url = askServer(&password);
        if (url.isEmpty())
            return;
        if (password.isEmpty()) {
            bool ok = false;
            password =
                QInputDialog::getText(this, tr("Reporting server"),
                                      tr("The password of the reporting login %1:")
                                          .arg(central::parameterOf(url, QStringLiteral("user"))),
                                      QLineEdit::Password, {}, &ok);
            if (!ok)
                return;
        }
        model->clear();
        chart->hide();
        if (!central->start(url, password, name->currentText(), argument->text().trimmed(),
                            from->date(), to->date(),
                            MoneyFormat::forCode(m_context.currency(), QLocale())))
            return;
        run->setEnabled(false);
        progress->show();
        message->setText(tr("Asking the central server…"));
    };
    connect(central, &AllStationsReports::finished, this, [=] {
        run->setEnabled(true);
        progress->hide();
        if (central->result())
            fill(*central->result());
        else
            message->setText(central->errorString());
    });
    connect(run, &QPushButton::clicked, this, [=, this] {
        if (!allStations->isHidden() && allStations->isChecked()) {
            runCentral();
            return;
        }
        Reports reports(m_context.ledger());
        if (const auto money = MoneyFormat::forCode(m_context.currency(), QLocale()))
            reports.showMoneyIn(*money);
        const auto result = reports.byName(*m_context.session(), name->currentText(),
                                           argument->text().trimmed(), from->date(), to->date());
        model->clear();
        if (!result) {
            message->setText(reports.errorString());
            return;
        }
        const bool ofCustomer = name->currentText() == QLatin1String("customer") ||
                                name->currentText() == QLatin1String("usage");
        if (ofCustomer) {
            if (const auto usage = reports.usage(*m_context.session(), argument->text().trimmed()))
                chart->setUsage(*usage);
        }
        chart->setVisible(ofCustomer);
        fill(*result);
    });
    connect(argument, &QLineEdit::returnPressed, run, &QPushButton::click);
    connect(csv, &QPushButton::clicked, this, [=, this] {
        if (table->columns.isEmpty())
            return;
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export CSV"), {}, tr("CSV files (*.csv)"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::WriteOnly))
            return;
        file.write(table->toCsv().toUtf8());
    });
    connect(pdf, &QPushButton::clicked, this, [=, this] {
        if (table->columns.isEmpty())
            return;
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save as PDF"), {}, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        message->setText(ReceiptPrinter::reportToPdf(*table, m_context.utilityName(), path)
                             ? tr("Saved %1.").arg(path)
                             : tr("Cannot write %1.").arg(path));
    });
    connect(print, &QPushButton::clicked, this, [=, this] {
        if (table->columns.isEmpty())
            return;
        QPrinter printer;
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            ReceiptPrinter::printReport(*table, m_context.utilityName(), printer);
    });
    return page;
}
