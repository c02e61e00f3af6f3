#include "sellpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include "ampcard/cardio/cardnames.h"
#include "ampcard/station/accountview.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/receiptdocument.h"
#include "ampcard/tariff/tarifffile.h"
#include "quotemodel.h"
#include "ampcard/station/remotemeter.h"
#include "receiptprinter.h"
#include "ampcard/station/workstation.h"
#include "language.h"

using namespace ampcard;
using namespace ampcard::station;

SellPage::SellPage(Workstation &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_account(new QLabel(this)), m_mode(new QComboBox(this)),
      m_amount(new QLineEdit(this)),
      m_combine(new QCheckBox(tr("&Combine with the purchase still on the card"), this)),
      m_quoteView(new QTableView(this)), m_quote(new QuoteModel(this)),
      m_sellButton(new QPushButton(tr("&Sell (Enter)"), this)),
      m_remoteButton(new QPushButton(tr("Sell remotel&y (Ctrl+R)"), this)),
      m_message(new QLabel(this)), m_receipt(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sellPage"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(
        tr("Meter number, customer number or name, then Enter — or F5 to read the card"));
    m_results->setObjectName(QStringLiteral("results"));
    m_results->hide();
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setTextFormat(Qt::RichText);
    m_account->setWordWrap(true);
    m_account->setMinimumHeight(m_account->fontMetrics().lineSpacing() * 5);
    m_account->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_mode->addItem(tr("Money"));
    m_mode->addItem(tr("Energy (kWh)"));
    m_mode->setObjectName(QStringLiteral("mode"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("Amount, then Enter to sell"));
    m_combine->setObjectName(QStringLiteral("combine"));
    m_combine->hide();
    m_quoteView->setModel(m_quote);
    m_quoteView->setObjectName(QStringLiteral("quote"));
    m_quoteView->setFocusPolicy(Qt::NoFocus);
    m_quoteView->horizontalHeader()->setStretchLastSection(true);
    m_quoteView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_quoteView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_quoteView->verticalHeader()->hide();
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_receipt->setObjectName(QStringLiteral("receipt"));
    m_receipt->setReadOnly(true);
    m_receipt->setFont(QFont(QStringLiteral("monospace")));
    m_sellButton->setObjectName(QStringLiteral("sell"));
    m_remoteButton->setObjectName(QStringLiteral("sellRemotely"));
    m_remoteButton->setToolTip(
        tr("Without the card: the purchase goes to the meter over the meter line set in "
           "Administration."));

    auto *find = new QLabel(tr("&Find:"), this);
    find->setBuddy(m_search);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    auto *top = new QHBoxLayout;
    top->addWidget(find);
    top->addWidget(m_search, 1);
    auto *readButton = new QPushButton(tr("Read card (F5)"), this);
    top->addWidget(readButton);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(amountLabel);
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_mode);
    amountRow->addWidget(m_sellButton);
    amountRow->addWidget(m_remoteButton);
    auto *left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(m_results);
    left->addWidget(m_account);
    left->addLayout(amountRow);
    left->addWidget(m_combine);
    left->addWidget(m_quoteView, 1);
    left->addWidget(m_message);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Receipt (Ctrl+P prints again)"), this));
    right->addWidget(m_receipt, 1);
    // The quote and the receipt side by side (mirrored in a right-to-left language); meter
    // numbers and amounts are typed left to right in any language.
    language::keepLeftToRight({m_search, m_amount});
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_search, &QLineEdit::returnPressed, this, &SellPage::search);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseMeter(item->data(Qt::UserRole).toString()); });
    connect(readButton, &QPushButton::clicked, this, &SellPage::readCard);
    connect(m_amount, &QLineEdit::textChanged, this, &SellPage::updateQuote);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SellPage::updateQuote);
    connect(m_amount, &QLineEdit::returnPressed, this, &SellPage::sell);
    connect(m_sellButton, &QPushButton::clicked, this, &SellPage::sell);
    connect(m_remoteButton, &QPushButton::clicked, this, &SellPage::sellRemotely);
    auto *remote = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(remote, &QShortcut::activated, this, &SellPage::sellRemotely);
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, this, &SellPage::readCard);
    auto *toggle = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(toggle, &QShortcut::activated, this,
            [this] { m_mode->setCurrentIndex(1 - m_mode->currentIndex()); });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &SellPage::startOver);
    auto *print = new QShortcut(QKeySequence::Print, this);
    connect(print, &QShortcut::activated, this, &SellPage::printReceipt);
    setTabOrder(m_search, m_amount);
    setTabOrder(m_amount, m_mode);
    startOver();
}

QString SellPage::message() const
{
    return m_message->text();
}

void SellPage::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold")
                                     : QString());
}

void SellPage::startOver()
{
    m_current.reset();
    m_search->clear();
    m_results->clear();
    m_results->hide();
    m_account->setText(tr("No account chosen."));
    m_amount->clear();
    m_combine->setChecked(false);
    m_combine->hide();
    m_quote->clear();
    say({}, false);
    m_search->setFocus();
}

void SellPage::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    m_results->clear();
    Meters meters(m_context.ledger());
    if (meters.byNumber(text)) {
        chooseMeter(text);
        return;
    }
    Customers customers(m_context.ledger());
    for (const Customer &customer : customers.find(text)) {
        for (const MeterRecord &meter : meters.forCustomer(customer.number)) {
            auto *item = new QListWidgetItem(
                tr("%1  %2  meter %3").arg(customer.number, customer.name, meter.number),
                m_results);
            item->setData(Qt::UserRole, meter.number);
        }
    }
    if (m_results->count() == 0) {
        say(tr("No account matches \"%1\". Check the number, or read the card with F5.").arg(text),
            true);
        return;
    }
    if (m_results->count() == 1) {
        chooseMeter(m_results->item(0)->data(Qt::UserRole).toString());
        return;
    }
    m_results->show();
    m_results->setCurrentRow(0);
    m_results->setFocus();
    say(tr("%n accounts match: choose one with the arrows and Enter.", nullptr, m_results->count()),
        false);
}

void SellPage::chooseMeter(const QString &meterNumber)
{
    // No reader or keys are needed to look an account up.
    const std::optional<CardCheck> account = m_context.lookup().account(meterNumber);
    if (!account) {
        say(tr("Meter %1 is not registered.").arg(meterNumber), true);
        return;
    }
    showAccount(*account, {});
}

void SellPage::readCard()
{
    if (!m_context.session())
        return;
    CardDesk *desk = m_context.desk();
    if (!desk) {
        say(tr("Cannot use the card reader: %1").arg(m_context.errorString()), true);
        return;
    }
    const std::optional<CardCheck> card = desk->inspect(*m_context.session());
    if (!card) {
        m_current.reset();
        m_quote->clear();
        m_account->setText(tr("No account chosen."));
        say(desk->errorString(), true);
        return;
    }
    showAccount(*card, card->settled);
}

void SellPage::showAccount(const CardCheck &account, const QStringList &notes)
{
    m_current = account;
    m_results->hide();
    QStringList lines;
    lines << tr("<b>%1</b> %2")
                 .arg(account.meter.customerNumber.toHtmlEscaped(),
                      account.customerName.toHtmlEscaped());
    lines << tr("Meter %1 · plan %2 · card %3")
                 .arg(account.meter.number, account.meter.tariffPlan.toHtmlEscaped(),
                      account.id.serial ? cardio::CardNames::serialText(account.id.serial)
                                        : tr("none"));
    QStringList warnings;
    if (account.returned) {
        const card::ReturnRecord &r = *account.returned;
        lines << tr("Remaining %1 · period usage %2 kWh · forward %3 kWh (from the last card read)")
                     .arg(tariff::formatMoney(r.remaining), tariff::formatEnergy(r.periodUsage),
                          tariff::formatEnergy(r.forward));
        warnings << AccountView::theftHints(r);
    } else {
        lines << tr("The meter has not written to the card yet.");
    }
    if (account.unloaded) {
        // A new account's first purchase goes onto its opening record, as the customer expects
        // of a new card: the meter loads both at once. An unloaded purchase stays the
        // cashier's choice (the customer may already have paid for it elsewhere).
        const bool opening =
            account.issued && account.issued->type == card::RecordType::kAccountOpening;
        if (opening)
            lines << tr("The meter has not loaded the card's account-opening record yet: this "
                        "purchase is combined with it.");
        else
            warnings << tr("a purchase on the card is not loaded into the meter yet");
        m_combine->setChecked(opening);
        m_combine->show();
    } else {
        m_combine->hide();
        m_combine->setChecked(false);
    }
    if (account.meter.status != QLatin1String("active"))
        warnings << tr("meter %1").arg(account.meter.status);
    if (!warnings.isEmpty())
        lines << QStringLiteral("<span style=\"color:#b00020\">") +
                     tr("Warning: %1").arg(warnings.join(QStringLiteral("; ")).toHtmlEscaped()) +
                     QStringLiteral("</span>");
    m_account->setText(lines.join(QStringLiteral("<br>")));
    say(notes.join(QLatin1Char('\n')), false);
    m_amount->setFocus();
    m_amount->selectAll();
    updateQuote();
}

std::optional<SaleRequest> SellPage::request(QString *problem) const
{
    SaleRequest request;
    request.combineUnloaded = m_combine->isChecked();
    if (m_mode->currentIndex() == 0) {
        // Cash as the cashier counts it: the station currency's decimals, the locale's signs.
        const std::optional<MoneyFormat> format = receiptLayout().money;
        const auto money = format ? format->parse(m_amount->text(), problem)
                                  : tariff::moneyFromText(m_amount->text());
        if (!money)
            return std::nullopt;
        request.money = *money;
    } else {
        const auto energy = tariff::energyFromText(m_amount->text());
        if (!energy)
            return std::nullopt;
        request.by = SaleRequest::By::kEnergy;
        request.energy = *energy;
    }
    return request;
}

void SellPage::updateQuote()
{
    m_quote->clear();
    if (!m_current || m_amount->text().trimmed().isEmpty())
        return;
    QString problem;
    const std::optional<SaleRequest> wanted = request(&problem);
    if (!wanted) {
        say(!problem.isEmpty()            ? problem
            : m_mode->currentIndex() == 0 ? tr("Type an amount such as 250 or 250.50.")
                                          : tr("Type the kWh wanted, such as 12.5."),
            true);
        return;
    }
    CardDesk &desk = m_context.lookup();
    const std::optional<SaleQuote> quote = desk.quote(*m_current, *wanted);
    if (!quote) {
        say(desk.errorString(), true);
        return;
    }
    m_quote->setQuote(*quote, receiptLayout().money);
    say({}, false);
}

// The sale asked for, when an account is chosen and the amount typed; else says what is missing.
std::optional<SaleRequest> SellPage::readyToSell(const QString &noAccount)
{
    if (!m_current) {
        say(noAccount, true);
        m_search->setFocus();
        return std::nullopt;
    }
    const std::optional<SaleRequest> wanted = request();
    if (!wanted) {
        say(tr("Type the amount first."), true);
        m_amount->setFocus();
    }
    return wanted;
}

void SellPage::sell()
{
    if (!m_context.session())
        return;
    std::optional<SaleRequest> wanted =
        readyToSell(tr("Find the account first, or read the card with F5."));
    if (!wanted)
        return;
    CardDesk *desk = m_context.desk();
    if (!desk) {
        say(tr("Cannot use the card reader: %1").arg(m_context.errorString()), true);
        return;
    }
    if (!m_current->issued && !wanted->combineUnloaded) {
        // Found by search, not read: the card may still hold the account-opening record, which
        // the sale combines with as a card read would (showAccount).
        if (const std::optional<CardCheck> card = desk->inspect(*m_context.session());
            card && card->meter.number == m_current->meter.number && card->unloaded &&
            card->issued && card->issued->type == card::RecordType::kAccountOpening) {
            showAccount(*card, card->settled);
            wanted->combineUnloaded = m_combine->isChecked();
        }
    }
    std::optional<QJsonObject> receipt;
    {
        // Visible progress while the card is written and verified; gone before the focus moves.
        QProgressDialog progress(tr("Writing the card…"), QString(), 0, 3, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.setValue(0);
        desk->setStepHook([this, &progress](SaleStep step) {
            progress.setLabelText(step == SaleStep::kPendingRecorded ? tr("Writing the card…")
                                  : step == SaleStep::kCardWritten   ? tr("Recording the sale…")
                                                                     : tr("Done."));
            progress.setValue(static_cast<int>(step) + 1);
            QApplication::processEvents();
            m_context.observeStep(step);
            return true;
        });
        receipt = desk->sell(*m_context.session(), m_current->meter.number, *wanted);
        desk->setStepHook({});
        progress.reset();
    }
    window()->activateWindow(); // back from the progress dialog, keys go to the counter again
    if (!receipt) {
        say(desk->errorString(), true);
        m_amount->setFocus();
        return;
    }
    finishSale(*receipt);
}

void SellPage::sellRemotely()
{
    if (!m_context.session())
        return;
    const std::optional<SaleRequest> wanted =
        readyToSell(tr("Find the account first (the card is not needed)."));
    if (!wanted)
        return;
    const QString port = QSettings().value(QStringLiteral("meterLine")).toString();
    if (port.isEmpty()) {
        say(tr("No meter line is set: an administrator sets it in Administration."), true);
        return;
    }
    if (!m_context.keysUnlocked()) {
        say(tr("The keystore is locked: a supervisor must unlock it first."), true);
        return;
    }
    Dlt645RemoteMeter line;
    QString problem;
    if (!line.open(port, 2400, &problem)) {
        say(tr("Cannot use the meter line: %1").arg(problem), true);
        return;
    }
    CardDesk &desk = m_context.lookup();
    std::optional<QJsonObject> receipt;
    {
        QProgressDialog progress(
            tr("Sending the purchase to meter %1…").arg(m_current->meter.number), QString(), 0, 0,
            this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.show();
        QApplication::processEvents();
        receipt = desk.sellRemote(*m_context.session(), m_current->meter.number, *wanted, line);
        progress.reset();
    }
    window()->activateWindow();
    if (!receipt) {
        say(desk.errorString(), true);
        m_amount->setFocus();
        return;
    }
    finishSale(*receipt);
}

void SellPage::finishSale(const QJsonObject &sale)
{
    const std::optional<QJsonObject> receipt = sale;
    m_lastReceipt = receipt;
    const ReceiptStyle style = receiptLayout();
    m_receipt->setPlainText(receiptText(*receipt, style));
    // The PDF is always kept; the receipt also goes to the printer chosen in Administration. A
    // print failure never undoes the sale: the message says so and Ctrl+P prints again.
    QString problem;
    const QSettings preferences;
    const ReceiptPrinter::Paper paper =
        ReceiptPrinter::paperFromName(preferences.value(QStringLiteral("receiptPaper")).toString());
    if (!m_receiptFolder.isEmpty()) {
        QDir().mkpath(m_receiptFolder);
        m_lastPdf = QDir(m_receiptFolder)
                        .filePath(receipt->value(QStringLiteral("sale")).toString() +
                                  QStringLiteral(".pdf"));
        if (!ReceiptPrinter::toPdf(*receipt, style, m_lastPdf, paper))
            problem = tr("The receipt could not be written to %1.").arg(m_lastPdf);
    }
    QString printError;
    if (!ReceiptPrinter::toConfigured(*receipt, style, &printError))
        problem += (problem.isEmpty() ? QString() : QStringLiteral(" ")) +
                   tr("The receipt did not print: %1 Ctrl+P prints it again.").arg(printError);
    emit sold(*receipt);
    const bool remote =
        receipt->value(QStringLiteral("delivery")).toString() == QLatin1String("remote");
    QString summary =
        remote ? tr("Sold: %1 paid, %2 kWh delivered to meter %3. Escape for the next customer.")
                     .arg(receipt->value(QStringLiteral("paid")).toString(),
                          receipt->value(QStringLiteral("energy")).toString(),
                          receipt->value(QStringLiteral("meter")).toString())
               : tr("Sold: %1 paid, %2 kWh on card %3. Escape for the next customer.")
                     .arg(receipt->value(QStringLiteral("paid")).toString(),
                          receipt->value(QStringLiteral("energy")).toString(),
                          receipt->value(QStringLiteral("card")).toString());
    startOver();
    if (!problem.isEmpty())
        summary += QLatin1Char(' ') + problem;
    say(summary, !problem.isEmpty());
}

ReceiptStyle SellPage::receiptLayout() const
{
    return receiptStyle(m_context.utilityName(), m_context.currency());
}

void SellPage::printReceipt()
{
    if (!m_lastReceipt)
        return;
    // A reprint takes the first print's path; with no printer chosen, the system's dialog.
    const bool chosen = ReceiptPrinter::configuredKind() != ReceiptPrinter::Kind::kSystem ||
                        !QSettings().value(QStringLiteral("receiptPrinter")).toString().isEmpty();
    if (chosen) {
        QString problem;
        if (ReceiptPrinter::toConfigured(*m_lastReceipt, receiptLayout(), &problem))
            say(tr("The receipt was printed again."), false);
        else
            say(tr("The receipt did not print: %1 Ctrl+P prints it again.").arg(problem), true);
        return;
    }
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ReceiptPrinter::print(*m_lastReceipt, receiptLayout(), printer);
}
