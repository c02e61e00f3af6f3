#include "adminpage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPrinterInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ampcard/station/backup.h"
#include "ampcard/station/keycustody.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/thermalprinter.h"
#include "ampcard/tariff/tarifffile.h"
#include "ampcard/station/workstation.h"
#include "language.h"
#include "networkdialog.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

std::optional<tariff::Money> money(const QLineEdit *edit)
{
    return tariff::moneyFromText(edit->text());
}

} // namespace

AdminPage::AdminPage(Workstation &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_operators(new QStandardItemModel(this)),
      m_audit(new QStandardItemModel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("adminPage"));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    auto *auditView = new QTableView(this);
    auditView->setModel(m_audit);
    auditView->horizontalHeader()->setStretchLastSection(true);
    auto *left = new QVBoxLayout;
    left->addWidget(operatorsBox());
    left->addWidget(printerBox());
    left->addWidget(new QLabel(tr("Audit log (newest first)"), this));
    left->addWidget(auditView, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(settingsBox());
    right->addWidget(otherBox());
    right->addWidget(keysBox());
    right->addWidget(m_message);
    right->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    refresh();
}

QString AdminPage::message() const
{
    return m_message->text();
}

void AdminPage::refresh()
{
    m_operators->clear();
    m_operators->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("State")});
    for (const OperatorInfo &info : Operators(m_context.ledger()).list())
        m_operators->appendRow({new QStandardItem(info.login), new QStandardItem(info.name),
                                new QStandardItem(roleText(info.role)),
                                new QStandardItem(info.locked ? tr("locked") : tr("active"))});
    m_audit->clear();
    m_audit->setHorizontalHeaderLabels(
        {tr("Time (UTC)"), tr("Operator"), tr("Action"), tr("Subject"), tr("Detail")});
    for (const QStringList &line : m_context.ledger().auditLines(200)) {
        QList<QStandardItem *> items;
        for (const QString &cell : line)
            items.append(new QStandardItem(cell));
        m_audit->appendRow(items);
    }
}

QWidget *AdminPage::operatorsBox()
{
    auto *box = new QGroupBox(tr("Operators"), this);
    auto *view = new QTableView(box);
    view->setModel(m_operators);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    auto *login = new QLineEdit(box);
    auto *name = new QLineEdit(box);
    auto *role = new QComboBox(box);
    auto *password = new QLineEdit(box);
    login->setObjectName(QStringLiteral("newLogin"));
    password->setObjectName(QStringLiteral("newPassword"));
    role->setObjectName(QStringLiteral("newRole"));
    password->setEchoMode(QLineEdit::Password);
    for (Role each : {Role::kCashier, Role::kInstaller, Role::kSupervisor, Role::kAdministrator})
        role->addItem(roleText(each), static_cast<int>(each));
    auto *add = new QPushButton(tr("&Add operator"), box);
    add->setObjectName(QStringLiteral("addOperator"));
    auto *unlock = new QPushButton(tr("&Unlock the selected operator"), box);
    auto *form = new QFormLayout;
    form->addRow(tr("Lo&gin:"), login);
    form->addRow(tr("Na&me:"), name);
    form->addRow(tr("R&ole:"), role);
    form->addRow(tr("Pass&word:"), password);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(view);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(unlock);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [=, this] {
        Operators operators(m_context.ledger());
        const QString who = login->text().trimmed();
        if (!operators.add(*m_context.session(), who,
                           name->text().trimmed().isEmpty() ? who : name->text().trimmed(),
                           static_cast<Role>(role->currentData().toInt()), password->text())) {
            m_message->setText(operators.errorString());
            return;
        }
        m_message->setText(tr("%1 added.").arg(who));
        login->clear();
        name->clear();
        password->clear();
        refresh();
    });
    connect(unlock, &QPushButton::clicked, this, [=, this] {
        const QModelIndex current = view->currentIndex();
        if (!current.isValid())
            return;
        const QString who = m_operators->item(current.row(), 0)->text();
        Operators operators(m_context.ledger());
        m_message->setText(operators.unlock(*m_context.session(), who)
                               ? tr("%1 may sign in again.").arg(who)
                               : operators.errorString());
        refresh();
    });
    return box;
}

QWidget *AdminPage::settingsBox()
{
    auto *box = new QGroupBox(tr("Charges"), this);
    const StationSettings current = Settings(m_context.ledger()).load();
    auto *vat = new QLineEdit(QString::number(current.fees.vatBasisPoints / 100.0, 'f', 2), box);
    auto *fixed = new QLineEdit(tariff::formatMoney(current.fees.monthlyFixedCharge), box);
    auto *debt = new QLineEdit(QString::number(current.fees.debtBasisPoints / 100.0, 'f', 2), box);
    auto *minimum = new QLineEdit(tariff::formatMoney(current.fees.minimumPurchase), box);
    auto *hoarding = new QLineEdit(tariff::formatMoney(current.hoardingLimit), box);
    auto *opening = new QLineEdit(tariff::formatMoney(current.openingFee), box);
    auto *replacement = new QLineEdit(tariff::formatMoney(current.replacementFee), box);
    vat->setObjectName(QStringLiteral("vat"));
    auto *save = new QPushButton(tr("&Save the charges"), box);
    save->setObjectName(QStringLiteral("saveCharges"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("&VAT (%):"), vat);
    form->addRow(tr("Monthly &fixed charge:"), fixed);
    form->addRow(tr("&Debt recovery (% of each payment):"), debt);
    form->addRow(tr("M&inimum purchase:"), minimum);
    form->addRow(tr("&Hoarding limit (0: none):"), hoarding);
    form->addRow(tr("&Opening fee:"), opening);
    form->addRow(tr("&Replacement fee:"), replacement);
    form->addRow(save);
    connect(save, &QPushButton::clicked, this, [=, this] {
        StationSettings settings = Settings(m_context.ledger()).load();
        const auto vatPoints = money(vat);
        const auto debtPoints = money(debt);
        const auto values = {money(fixed), money(minimum), money(hoarding), money(opening),
                             money(replacement)};
        bool ok = vatPoints && debtPoints;
        for (const auto &value : values)
            ok = ok && value.has_value();
        if (!ok) {
            m_message->setText(tr("Every charge is a number such as 16 or 50.00."));
            return;
        }
        settings.fees.vatBasisPoints = static_cast<int>(vatPoints->raw() / 100);
        settings.fees.debtBasisPoints = static_cast<int>(debtPoints->raw() / 100);
        settings.fees.debtMode = FeeRules::Debt::kPercent;
        settings.fees.monthlyFixedCharge = *money(fixed);
        settings.fees.minimumPurchase = *money(minimum);
        settings.hoardingLimit = *money(hoarding);
        settings.openingFee = *money(opening);
        settings.replacementFee = *money(replacement);
        Settings store(m_context.ledger());
        m_message->setText(store.save(*m_context.session(), settings) ? tr("Charges saved.")
                                                                      : store.errorString());
        refresh();
    });
    return box;
}

QWidget *AdminPage::otherBox()
{
    auto *box = new QGroupBox(tr("Ledger, language and receipts"), this);
    auto *backup = new QPushButton(tr("&Back up the ledger…"), box);
    auto *languageBox = new QComboBox(box);
    languageBox->setObjectName(QStringLiteral("language"));
    languageBox->addItem(tr("System language"), QString());
    for (const language::Choice &choice : language::offered())
        languageBox->addItem(choice.nativeName, choice.code);
    languageBox->setCurrentIndex(std::max(0, languageBox->findData(language::chosen())));
    QSettings preferences;
    auto *paper = new QComboBox(box);
    paper->setObjectName(QStringLiteral("receiptPaper"));
    paper->addItem(tr("80 mm thermal roll"), QStringLiteral("80"));
    paper->addItem(tr("58 mm thermal roll"), QStringLiteral("58"));
    paper->addItem(tr("A4"), QStringLiteral("a4"));
    paper->setCurrentIndex(
        std::max(0, paper->findData(preferences.value(QStringLiteral("receiptPaper")).toString())));
    auto *printer = new QComboBox(box);
    printer->setObjectName(QStringLiteral("receiptPrinter"));
    printer->addItem(tr("none: save receipts as PDF only"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        printer->addItem(name, name);
    const QString chosen = preferences.value(QStringLiteral("receiptPrinter")).toString();
    if (!chosen.isEmpty() && printer->findData(chosen) < 0)
        printer->addItem(tr("%1 (not found)").arg(chosen), chosen);
    printer->setCurrentIndex(std::max(0, printer->findData(chosen)));
    // The serial line to meters (RS-485 adapter or infrared probe) for remote sales.
    auto *meterLine = new QLineEdit(preferences.value(QStringLiteral("meterLine")).toString(), box);
    meterLine->setObjectName(QStringLiteral("meterLine"));
    meterLine->setPlaceholderText(tr("for example /dev/ttyUSB0; empty: no remote sales"));
    auto *restore = new QPushButton(tr("R&estore the ledger…"), box);
    // Network mode (docs/network.md): joining a central server, and where the station stands.
    auto *network = new QPushButton(tr("&Network…"), box);
    network->setObjectName(QStringLiteral("network"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backup);
    buttons->addWidget(restore);
    buttons->addWidget(network);
    auto *form = new QFormLayout(box);
    form->addRow(buttons);
    form->addRow(tr("&Language (from the next sign-in):"), languageBox);
    form->addRow(tr("Receipt &paper:"), paper);
    form->addRow(tr("Receipt p&rinter:"), printer);
    form->addRow(tr("Me&ter line (remote sales):"), meterLine);
    connect(meterLine, &QLineEdit::editingFinished, this, [meterLine] {
        QSettings().setValue(QStringLiteral("meterLine"), meterLine->text().trimmed());
    });
    connect(printer, &QComboBox::currentIndexChanged, this, [printer](int) {
        QSettings().setValue(QStringLiteral("receiptPrinter"), printer->currentData().toString());
    });
    connect(restore, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Restore the ledger"), {},
                                                          tr("Ledger backups (*.sqlite)"));
        if (path.isEmpty())
            return;
        const QString login =
            QInputDialog::getText(this, tr("Restore the ledger"),
                                  tr("An administrator of the backup signs for it.\nLogin:"));
        if (login.isEmpty())
            return;
        const QString password = QInputDialog::getText(
            this, tr("Restore the ledger"), tr("Password of %1:").arg(login), QLineEdit::Password);
        restoreFrom(path, login, password);
    });
    connect(network, &QPushButton::clicked, this, [this] {
        NetworkDialog dialog(m_context, this);
        dialog.exec();
    });
    connect(paper, &QComboBox::currentIndexChanged, this, [paper](int) {
        QSettings().setValue(QStringLiteral("receiptPaper"), paper->currentData().toString());
    });
    connect(backup, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Back up the ledger"), {},
                                                          tr("Ledger backups (*.sqlite)"));
        if (!path.isEmpty())
            backupTo(path);
    });
    connect(languageBox, &QComboBox::currentIndexChanged, this,
            [languageBox](int) { language::choose(languageBox->currentData().toString()); });
    return box;
}

// Where receipts print (ReceiptPrinter::toConfigured reads these settings): the system printer
// chosen above, or raw ESC/POS to a thermal printer on a device node or on the network.
QWidget *AdminPage::printerBox()
{
    auto *box = new QGroupBox(tr("Thermal receipt printer"), this);
    const QSettings preferences;
    auto *kind = new QComboBox(box);
    kind->setObjectName(QStringLiteral("receiptPrinterKind"));
    kind->addItem(tr("System printer (chosen above)"), QStringLiteral("system"));
    kind->addItem(tr("ESC/POS on a device (serial or USB)"), QStringLiteral("device"));
    kind->addItem(tr("ESC/POS on the network (port 9100)"), QStringLiteral("network"));
    kind->setCurrentIndex(std::max(
        0, kind->findData(preferences.value(QStringLiteral("receiptPrinterKind")).toString())));
    auto *device =
        new QLineEdit(preferences.value(QStringLiteral("receiptDevice")).toString(), box);
    device->setObjectName(QStringLiteral("receiptDevice"));
    device->setPlaceholderText(tr("for example /dev/usb/lp0 or /dev/ttyUSB0"));
    auto *baud = new QComboBox(box);
    baud->setObjectName(QStringLiteral("receiptBaud"));
    baud->addItem(tr("as it is (USB printer)"), 0);
    for (const int speed : {9600, 19200, 38400, 115200})
        baud->addItem(QString::number(speed), speed);
    baud->setCurrentIndex(
        std::max(0, baud->findData(preferences.value(QStringLiteral("receiptBaud"), 0).toInt())));
    auto *address =
        new QLineEdit(preferences.value(QStringLiteral("receiptAddress")).toString(), box);
    address->setObjectName(QStringLiteral("receiptAddress"));
    address->setPlaceholderText(tr("HOST or HOST:PORT, for example 192.0.2.10:9100"));
    auto *codePage = new QComboBox(box);
    codePage->setObjectName(QStringLiteral("receiptCodePage"));
    codePage->addItem(tr("CP858 (Latin with the euro sign)"), QStringLiteral("858"));
    codePage->addItem(tr("Windows-1252"), QStringLiteral("1252"));
    codePage->setCurrentIndex(std::max(
        0, codePage->findData(preferences.value(QStringLiteral("receiptCodePage")).toString())));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Print &receipts on:"), kind);
    form->addRow(tr("De&vice:"), device);
    form->addRow(tr("Serial &speed (8N1):"), baud);
    form->addRow(tr("Net&work address:"), address);
    form->addRow(tr("Code p&age:"), codePage);
    auto enable = [=] {
        const QString chosen = kind->currentData().toString();
        device->setEnabled(chosen == QLatin1String("device"));
        baud->setEnabled(chosen == QLatin1String("device"));
        address->setEnabled(chosen == QLatin1String("network"));
        codePage->setEnabled(chosen != QLatin1String("system"));
    };
    enable();
    connect(kind, &QComboBox::currentIndexChanged, this, [=](int) {
        QSettings().setValue(QStringLiteral("receiptPrinterKind"), kind->currentData().toString());
        enable();
    });
    connect(device, &QLineEdit::editingFinished, this, [device] {
        QSettings().setValue(QStringLiteral("receiptDevice"), device->text().trimmed());
    });
    connect(baud, &QComboBox::currentIndexChanged, this, [baud](int) {
        QSettings().setValue(QStringLiteral("receiptBaud"), baud->currentData().toInt());
    });
    connect(address, &QLineEdit::editingFinished, this, [this, address] {
        QString problem;
        if (!address->text().trimmed().isEmpty() &&
            !PrinterTarget::network(address->text(), &problem)) {
            m_message->setText(problem);
            return;
        }
        QSettings().setValue(QStringLiteral("receiptAddress"), address->text().trimmed());
    });
    connect(codePage, &QComboBox::currentIndexChanged, this, [codePage](int) {
        QSettings().setValue(QStringLiteral("receiptCodePage"), codePage->currentData().toString());
    });
    return box;
}

QWidget *AdminPage::keysBox()
{
    auto *box = new QGroupBox(tr("Keystore passphrase"), this);
    auto *current = new QLineEdit(box);
    auto *fresh = new QLineEdit(box);
    auto *repeated = new QLineEdit(box);
    current->setObjectName(QStringLiteral("currentPassphrase"));
    fresh->setObjectName(QStringLiteral("newPassphrase"));
    repeated->setObjectName(QStringLiteral("repeatPassphrase"));
    for (QLineEdit *edit : {current, fresh, repeated})
        edit->setEchoMode(QLineEdit::Password);
    auto *change = new QPushButton(tr("C&hange the passphrase"), box);
    change->setObjectName(QStringLiteral("changePassphrase"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("C&urrent:"), current);
    form->addRow(tr("Ne&w (8 or more):"), fresh);
    form->addRow(tr("Rep&eat:"), repeated);
    form->addRow(change);
    connect(change, &QPushButton::clicked, this, [=, this] {
        if (changePassphrase(current->text(), fresh->text(), repeated->text())) {
            for (QLineEdit *edit : {current, fresh, repeated})
                edit->clear();
        }
    });
    return box;
}

bool AdminPage::changePassphrase(const QString &current, const QString &fresh,
                                 const QString &repeated)
{
    if (fresh != repeated) {
        m_message->setText(tr("The new passphrase and its repetition differ."));
        return false;
    }
    KeyCustody custody(m_context.ledger());
    if (!custody.changePassphrase(*m_context.session(), m_context.keystorePath(), current.toUtf8(),
                                  fresh.toUtf8())) {
        m_message->setText(custody.errorString());
        return false;
    }
    m_message->setText(tr("The keystore passphrase is changed; give it only to those who unlock "
                          "the station."));
    refresh();
    return true;
}

bool AdminPage::restoreFrom(const QString &path, const QString &login, const QString &password)
{
    if (!m_context.session() || !m_context.session()->may(Permission::kRestoreLedger)) {
        m_message->setText(tr("Only an administrator may restore the ledger."));
        return false;
    }
    BackupReport report;
    if (!m_context.restoreLedger(path, login, password, &report)) {
        m_message->setText(m_context.errorString());
        return false;
    }
    m_message->setText(tr("Restored %1 journal entries; the replaced ledger is kept as %2. "
                          "Sign in again.")
                           .arg(report.entries)
                           .arg(report.keptAs));
    emit restored();
    return true;
}

bool AdminPage::backupTo(const QString &path)
{
    Backup backup;
    BackupReport report;
    if (!backup.save(*m_context.session(), m_context.ledger(), path, &report)) {
        m_message->setText(backup.errorString());
        return false;
    }
    m_message->setText(tr("Backed up to %1 and verified.").arg(path));
    refresh();
    return true;
}
