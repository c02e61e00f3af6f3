#include "adminpage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ampcard/station/backup.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/settings.h"
#include "ampcard/tariff/tarifffile.h"
#include "stationcontext.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

std::optional<tariff::Money> money(const QLineEdit *edit)
{
    return tariff::moneyFromText(edit->text());
}

} // namespace

AdminPage::AdminPage(StationContext &context, QWidget *parent)
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
    left->addWidget(new QLabel(tr("Audit log (newest first)"), this));
    left->addWidget(auditView, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(settingsBox());
    right->addWidget(otherBox());
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
                                new QStandardItem(roleName(info.role)),
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
        role->addItem(roleName(each), static_cast<int>(each));
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
    auto *language = new QComboBox(box);
    language->addItem(tr("System language"), QString());
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    QSettings preferences;
    language->setCurrentIndex(
        std::max(0, language->findData(preferences.value(QStringLiteral("language")).toString())));
    auto *paper = new QComboBox(box);
    paper->setObjectName(QStringLiteral("receiptPaper"));
    paper->addItem(tr("80 mm thermal roll"), QStringLiteral("80"));
    paper->addItem(tr("58 mm thermal roll"), QStringLiteral("58"));
    paper->addItem(tr("A4"), QStringLiteral("a4"));
    paper->setCurrentIndex(
        std::max(0, paper->findData(preferences.value(QStringLiteral("receiptPaper")).toString())));
    auto *form = new QFormLayout(box);
    form->addRow(backup);
    form->addRow(tr("&Language (after a restart):"), language);
    form->addRow(tr("Receipt &paper:"), paper);
    connect(paper, &QComboBox::currentIndexChanged, this, [paper](int) {
        QSettings().setValue(QStringLiteral("receiptPaper"), paper->currentData().toString());
    });
    connect(backup, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Back up the ledger"), {},
                                                          tr("Ledger backups (*.sqlite)"));
        if (!path.isEmpty())
            backupTo(path);
    });
    connect(language, &QComboBox::currentIndexChanged, this, [language](int) {
        QSettings().setValue(QStringLiteral("language"), language->currentData().toString());
    });
    return box;
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
