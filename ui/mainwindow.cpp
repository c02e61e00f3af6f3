#include "mainwindow.h"

#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include "ampcard/station/reports.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/tarifffile.h"
#include "accountspage.h"
#include "adminpage.h"
#include "cardspage.h"
#include "logindialog.h"
#include "receiptprinter.h"
#include "sellpage.h"
#include "ampcard/station/workstation.h"
#include "tariffspage.h"
#include "usagechart.h"
#include "demometer.h"
#include "virtualreader.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

QString dataFolder(const QString &name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') +
           name;
}

} // namespace

MainWindow::MainWindow(Workstation &context, VirtualReader *virtualReader, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_virtual(virtualReader),
      m_pages(new QTabWidget(this)), m_sell(new SellPage(context, this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Ampcard Station — %1").arg(context.utilityName()));
    m_sell->setReceiptFolder(dataFolder(QStringLiteral("receipts")));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(m_sell, tr("&Sell"));
    m_pages->addTab(shiftPage(), tr("S&hift"));
    if (context.session() && context.session()->may(Permission::kOpenAccount))
        m_pages->addTab(new AccountsPage(context, this), tr("&Accounts"));
    m_pages->addTab(new CardsPage(context, this), tr("&Cards"));
    if (context.session() && context.session()->may(Permission::kManageTariffs))
        m_pages->addTab(new TariffsPage(context, this), tr("&Tariffs"));
    m_pages->addTab(reportsPage(), tr("&Reports"));
    if (context.session() && (context.session()->may(Permission::kManageOperators) ||
                              context.session()->may(Permission::kManageTariffs))) {
        auto *admin = new AdminPage(context, this);
        connect(admin, &AdminPage::restored, this, &MainWindow::lock, Qt::QueuedConnection);
        m_pages->addTab(admin, tr("Ad&ministration"));
    }
    setCentralWidget(m_pages);
    statusBar()->addWidget(m_status, 1);

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
    QMenu *session = menuBar()->addMenu(tr("S&ession"));
    session->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lock);
    session->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    m_idle.setInterval(5 * 60 * 1000);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &MainWindow::lock);
    m_idle.start();
    qApp->installEventFilter(this);
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
                        .arg(open->openedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    m_status->setText(
        tr("%1 (%2) · %3 · reader: %4")
            .arg(session ? session->login() : tr("nobody"),
                 session ? roleName(session->role()) : QString(), shift,
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
        report->setPlainText(zReportText(*z));
        const QString folder = dataFolder(QStringLiteral("reports"));
        QDir().mkpath(folder);
        const QString pdf = QDir(folder).filePath(z->value(QStringLiteral("shift")).toString() +
                                                  QStringLiteral(".pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        QTextDocument document;
        document.setPlainText(zReportText(*z));
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
    auto table = std::make_shared<ReportTable>();
    connect(run, &QPushButton::clicked, this, [=, this] {
        Reports reports(m_context.ledger());
        const auto result = reports.byName(*m_context.session(), name->currentText(),
                                           argument->text().trimmed(), from->date(), to->date());
        model->clear();
        if (!result) {
            message->setText(reports.errorString());
            return;
        }
        *table = *result;
        message->setText(result->title);
        const bool ofCustomer = name->currentText() == QLatin1String("customer") ||
                                name->currentText() == QLatin1String("usage");
        if (ofCustomer) {
            if (const auto usage = reports.usage(*m_context.session(), argument->text().trimmed()))
                chart->setUsage(*usage);
        }
        chart->setVisible(ofCustomer);
        model->setHorizontalHeaderLabels(result->columns);
        for (const QStringList &cells : result->rows) {
            QList<QStandardItem *> items;
            for (const QString &cell : cells)
                items.append(new QStandardItem(cell));
            model->appendRow(items);
        }
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
