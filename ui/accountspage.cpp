#include "accountspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ampcard/station/customers.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/station/tariffplans.h"
#include "customerdialog.h"
#include "customermodel.h"
#include "ampcard/tariff/tarifffile.h"
#include "ampcard/station/moneyformat.h"
#include "ampcard/station/workstation.h"
#include "language.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString AccountsPage::moneyText(ampcard::tariff::Money money) const
{
    if (const auto format = ampcard::station::MoneyFormat::forCode(m_context.currency(), QLocale()))
        return format->format(money);
    return ampcard::tariff::formatMoney(money);
}

AccountsPage::AccountsPage(Workstation &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new CustomerModel(this)),
      m_search(new QLineEdit(this)), m_table(new QTableView(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Customer number, name, phone, address or meter number"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *importButton = new QPushButton(tr("&Import CSV…"), this);
    auto *edit = new QPushButton(tr("Change the customer… (Ctrl+E)"), this);
    edit->setObjectName(QStringLiteral("editCustomer"));
    auto *find = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_search);
    find->addWidget(findLabel);
    find->addWidget(m_search, 1);
    find->addWidget(importButton);
    auto *left = new QVBoxLayout;
    left->addLayout(find);
    left->addWidget(m_table, 1);
    left->addWidget(edit, 0, Qt::AlignLeft);
    left->addWidget(m_message);
    auto *tasks = new QTabWidget(this);
    tasks->setObjectName(QStringLiteral("accountTasks"));
    tasks->addTab(customerBox(), tr("New customer"));
    tasks->addTab(openBox(), tr("Open account"));
    tasks->addTab(replaceBox(), tr("Replace card"));
    tasks->addTab(changeMeterBox(), tr("Change meter"));
    tasks->addTab(pushTariffBox(), tr("Push tariff"));
    // Administration may set or clear the meter line meanwhile: the action follows it.
    connect(tasks, &QTabWidget::currentChanged, this,
            [this] { refreshPushTariff(findChild<QPushButton *>(QStringLiteral("pushTariff"))); });
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(tasks, 2);
    connect(m_search, &QLineEdit::returnPressed, this, &AccountsPage::search);
    connect(m_table, &QTableView::activated, this, &AccountsPage::editCurrent);
    connect(edit, &QPushButton::clicked, this, &AccountsPage::editCurrent);
    // The tasks on the right switch with Ctrl+Tab (their titles carry no Alt keys: the page's
    // fields use them).
    auto *editKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    editKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(editKey, &QShortcut::activated, this, &AccountsPage::editCurrent);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import customers"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importFile(path);
    });
}

QString AccountsPage::message() const
{
    return m_message->text();
}

void AccountsPage::say(const QString &text)
{
    m_message->setText(text);
}

void AccountsPage::search()
{
    const QList<Customer> found = Customers(m_context.ledger()).find(m_search->text().trimmed());
    QStringList meters;
    Meters registry(m_context.ledger());
    for (const Customer &customer : found) {
        QStringList numbers;
        for (const MeterRecord &meter : registry.forCustomer(customer.number))
            numbers.append(meter.number);
        meters.append(numbers.join(QStringLiteral(", ")));
    }
    m_model->setCustomers(found, meters);
    say(tr("%n customer(s) found.", nullptr, static_cast<int>(found.size())));
}

void AccountsPage::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        say(tr("Find the customer first, then choose the row."));
        return;
    }
    auto *dialog = new CustomerDialog(m_context, m_model->customer(current.row()).number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        search();
        say(tr("Customer changed."));
    });
    dialog->open();
}

bool AccountsPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("Cannot read %1.").arg(path));
        return false;
    }
    const QByteArray csv = file.readAll();
    QProgressDialog progress(tr("Importing customers…"), QString(), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    Customers customers(m_context.ledger());
    const int imported =
        customers.importCsv(*m_context.session(), csv, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        });
    progress.reset();
    if (imported < 0) {
        QStringList report = customers.errors();
        say(tr("Nothing was imported: %1\n%2")
                .arg(customers.errorString(), report.join(QLatin1Char('\n'))));
        return false;
    }
    say(tr("Imported %n customer(s).", nullptr, imported));
    return true;
}

QWidget *AccountsPage::customerBox()
{
    auto *box = new QWidget(this);
    auto *number = new QLineEdit(box);
    auto *name = new QLineEdit(box);
    auto *phone = new QLineEdit(box);
    auto *address = new QLineEdit(box);
    auto *group = new QLineEdit(box);
    number->setObjectName(QStringLiteral("newNumber"));
    name->setObjectName(QStringLiteral("newName"));
    auto *add = new QPushButton(tr("A&dd the customer"), box);
    add->setObjectName(QStringLiteral("addCustomer"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("N&umber:"), number);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Phone:"), phone);
    form->addRow(tr("Addr&ess:"), address);
    form->addRow(tr("&Group:"), group);
    form->addRow(add);
    connect(add, &QPushButton::clicked, this, [=, this] {
        Customer customer;
        customer.number = number->text().trimmed();
        customer.name = name->text().trimmed();
        customer.phone = phone->text().trimmed();
        customer.address = address->text().trimmed();
        customer.group = group->text().trimmed();
        Customers customers(m_context.ledger());
        if (!customers.add(*m_context.session(), customer)) {
            say(customers.errorString());
            return;
        }
        say(tr("Customer %1 added.").arg(customer.number));
        for (QLineEdit *edit : {number, name, phone, address, group})
            edit->clear();
        number->setFocus();
    });
    return box;
}

QWidget *AccountsPage::openBox()
{
    auto *box = new QWidget(this);
    auto *customer = new QLineEdit(box);
    auto *meter = new QLineEdit(box);
    auto *plan = new QComboBox(box);
    auto *phases = new QComboBox(box);
    auto *keyVersion = new QSpinBox(box);
    auto *preset = new QLineEdit(box);
    customer->setObjectName(QStringLiteral("openCustomer"));
    meter->setObjectName(QStringLiteral("openMeter"));
    plan->setObjectName(QStringLiteral("openPlan"));
    preset->setObjectName(QStringLiteral("openPreset"));
    meter->setInputMask(QStringLiteral("999999999999;_"));
    language::keepLeftToRight({customer, meter, preset});
    plan->addItems(TariffPlans(m_context.ledger()).names());
    phases->addItems({tr("single phase"), tr("three phase")});
    keyVersion->setRange(1, 255);
    preset->setPlaceholderText(QStringLiteral("0.00"));
    auto *write = new QPushButton(tr("&Write the account-opening card"), box);
    write->setObjectName(QStringLiteral("openAccount"));
    auto *form = new QFormLayout(box);
    form->addRow(note(tr("A new user card in the reader."), box));
    form->addRow(tr("C&ustomer number:"), customer);
    form->addRow(tr("&Meter number:"), meter);
    form->addRow(tr("Tariff &plan:"), plan);
    form->addRow(tr("P&hases:"), phases);
    form->addRow(tr("&Key version:"), keyVersion);
    form->addRow(tr("Preset credit to &recover:"), preset);
    form->addRow(write);
    connect(write, &QPushButton::clicked, this, [=, this] {
        AccountRequest request;
        request.customerNumber = customer->text().trimmed();
        request.meter.number = meter->text().trimmed();
        request.meter.tariffPlan = plan->currentText();
        request.meter.phases = phases->currentIndex() == 0 ? 1 : 3;
        request.meter.keyVersion = keyVersion->value();
        if (!preset->text().trimmed().isEmpty()) {
            const auto amount = tariff::moneyFromText(preset->text());
            if (!amount) {
                say(tr("The preset credit is an amount such as 40.00."));
                return;
            }
            request.presetRecovery = *amount;
        }
        CardDesk *desk = m_context.desk();
        if (!desk) {
            say(tr("Cannot use the card reader: %1").arg(m_context.errorString()));
            return;
        }
        const auto receipt = desk->openAccount(*m_context.session(), request);
        say(receipt ? tr("Account opened for meter %1 on card %2. Give the card to the customer "
                         "to load it into the meter.")
                          .arg(language::ltr(request.meter.number),
                               language::ltr(receipt->value(QStringLiteral("card")).toString()))
                    : desk->errorString());
    });
    return box;
}

QWidget *AccountsPage::changeMeterBox()
{
    auto *box = new QWidget(this);
    auto *old = new QLineEdit(box);
    auto *fresh = new QLineEdit(box);
    auto *plan = new QComboBox(box);
    auto *phases = new QComboBox(box);
    auto *keyVersion = new QSpinBox(box);
    auto *remaining = new QLineEdit(box);
    auto *lastKnown = new QLabel(box);
    auto *reason = new QComboBox(box);
    old->setObjectName(QStringLiteral("changeOldMeter"));
    fresh->setObjectName(QStringLiteral("changeNewMeter"));
    remaining->setObjectName(QStringLiteral("changeRemaining"));
    reason->setObjectName(QStringLiteral("changeReason"));
    for (QLineEdit *edit : {old, fresh})
        edit->setInputMask(QStringLiteral("999999999999;_"));
    language::keepLeftToRight({old, fresh, remaining});
    plan->addItem(tr("(the old meter's plan)"), QString());
    for (const QString &name : TariffPlans(m_context.ledger()).names())
        plan->addItem(name, name);
    phases->addItems({tr("single phase"), tr("three phase")});
    keyVersion->setRange(1, 255);
    remaining->setPlaceholderText(QStringLiteral("0.00"));
    lastKnown->setWordWrap(true);
    reason->setEditable(true);
    reason->addItems({tr("faulty"), tr("burnt"), tr("tampered"), tr("upgraded")});
    auto *write = new QPushButton(tr("Write the &meter-change card"), box);
    write->setObjectName(QStringLiteral("changeMeter"));
    auto *form = new QFormLayout(box);
    form->addRow(note(tr("The account, its debt and the credit left on the old meter move "
                         "to the new meter, on a new user card in the reader. The old "
                         "meter and its card are retired."),
                      box));
    form->addRow(tr("&Old meter:"), old);
    form->addRow(lastKnown);
    form->addRow(tr("Credit &left on the old meter:"), remaining);
    form->addRow(tr("&New meter:"), fresh);
    form->addRow(tr("Tariff &plan:"), plan);
    form->addRow(tr("P&hases:"), phases);
    form->addRow(tr("&Key version:"), keyVersion);
    form->addRow(tr("Reas&on:"), reason);
    form->addRow(write);
    // What the station last heard from the old meter, to check against its display.
    connect(old, &QLineEdit::editingFinished, this, [=, this] {
        lastKnown->clear();
        CardDesk *desk = m_context.desk();
        if (!desk)
            return;
        const auto account = desk->account(old->text().trimmed());
        if (account && account->returned)
            lastKnown->setText(tr("Its last return record said %1 left; read the meter's "
                                  "display now.")
                                   .arg(moneyText(account->returned->remaining)));
        else if (account)
            lastKnown->setText(tr("No return record from this meter yet: read its display."));
    });
    connect(write, &QPushButton::clicked, this, [=, this] {
        MeterChangeRequest request;
        request.oldMeter = old->text().trimmed();
        request.newMeter.number = fresh->text().trimmed();
        request.newMeter.tariffPlan = plan->currentData().toString();
        request.newMeter.phases = phases->currentIndex() == 0 ? 1 : 3;
        request.newMeter.keyVersion = keyVersion->value();
        request.reason = reason->currentText();
        const auto amount = tariff::moneyFromText(
            remaining->text().trimmed().isEmpty() ? QStringLiteral("0") : remaining->text());
        if (!amount) {
            say(tr("The credit left is an amount such as 12.50 (0 when the meter shows none)."));
            return;
        }
        request.remaining = *amount;
        CardDesk *desk = m_context.desk();
        if (!desk) {
            say(tr("Cannot use the card reader: %1").arg(m_context.errorString()));
            return;
        }
        std::optional<Session> countersigner;
        auto receipt = desk->changeMeter(*m_context.session(), request);
        if (!receipt && desk->countersignWanted()) {
            // More than the old meter proved: a supervisor signs in here, with a reason.
            countersigner = countersign(desk->errorString(), &request.countersignReason);
            if (countersigner) {
                request.countersign = &*countersigner;
                receipt = desk->changeMeter(*m_context.session(), request);
            }
        }
        say(receipt
                ? tr("Meter %1 replaces meter %2; %3 of credit moved onto card %4. Give the "
                     "card to the customer to load it into the new meter.")
                      .arg(language::ltr(request.newMeter.number), language::ltr(request.oldMeter),
                           language::ltr(receipt->value(QStringLiteral("transferred")).toString()),
                           language::ltr(receipt->value(QStringLiteral("card")).toString()))
                : desk->errorString());
    });
    return box;
}

std::optional<Session> AccountsPage::countersign(const QString &why, QString *reason)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Supervisor's countersignature"));
    auto *login = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    auto *because = new QLineEdit(&dialog);
    login->setObjectName(QStringLiteral("countersignLogin"));
    password->setObjectName(QStringLiteral("countersignPassword"));
    because->setObjectName(QStringLiteral("countersignReason"));
    password->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    auto *text = new QLabel(why, &dialog);
    text->setWordWrap(true);
    form->addRow(text);
    form->addRow(tr("Supervisor's &login:"), login);
    form->addRow(tr("&Password:"), password);
    form->addRow(tr("&Reason:"), because);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Operators operators(m_context.ledger());
    std::optional<Session> signedIn = operators.signIn(login->text().trimmed(), password->text());
    if (!signedIn) {
        say(operators.errorString());
        return std::nullopt;
    }
    *reason = because->text().trimmed();
    return signedIn;
}

QWidget *AccountsPage::replaceBox()
{
    auto *box = new QWidget(this);
    auto *meter = new QLineEdit(box);
    auto *reason = new QComboBox(box);
    meter->setObjectName(QStringLiteral("replaceMeter"));
    meter->setInputMask(QStringLiteral("999999999999;_"));
    language::keepLeftToRight({meter});
    reason->setEditable(true);
    reason->addItems({tr("lost"), tr("stolen"), tr("damaged")});
    auto *write = new QPushButton(tr("Write the &replacement card"), box);
    write->setObjectName(QStringLiteral("replaceCard"));
    auto *form = new QFormLayout(box);
    form->addRow(note(tr("For a lost, stolen or damaged card: a new user card in the "
                         "reader."),
                      box));
    form->addRow(tr("Mete&r number:"), meter);
    form->addRow(tr("Reas&on:"), reason);
    form->addRow(write);
    connect(write, &QPushButton::clicked, this, [=, this] {
        CardDesk *desk = m_context.desk();
        if (!desk) {
            say(tr("Cannot use the card reader: %1").arg(m_context.errorString()));
            return;
        }
        const auto receipt =
            desk->replaceCard(*m_context.session(), meter->text().trimmed(), reason->currentText());
        say(receipt ? tr("Card %1 replaces card %2 of meter %3; the old card is blacklisted.")
                          .arg(language::ltr(receipt->value(QStringLiteral("card")).toString()),
                               language::ltr(receipt->value(QStringLiteral("replaces")).toString()),
                               language::ltr(meter->text().trimmed()))
                    : desk->errorString());
    });
    return box;
}

QWidget *AccountsPage::pushTariffBox()
{
    auto *box = new QWidget(this);
    auto *meter = new QLineEdit(box);
    meter->setObjectName(QStringLiteral("pushTariffMeter"));
    meter->setInputMask(QStringLiteral("999999999999;_"));
    language::keepLeftToRight({meter});
    auto *push = new QPushButton(tr("Push &tariff now"), box);
    push->setObjectName(QStringLiteral("pushTariff"));
    auto *form = new QFormLayout(box);
    form->addRow(note(tr("A plan change reaches a meter with its next purchase. A meter on the "
                         "meter line set in Administration gets it at once: the tariff of its "
                         "plan, sealed for the meter, is sent and checked on the meter's sealed "
                         "record."),
                      box));
    form->addRow(tr("Meter num&ber:"), meter);
    form->addRow(push);
    refreshPushTariff(push);
    connect(meter, &QLineEdit::returnPressed, push, &QPushButton::click);
    connect(push, &QPushButton::clicked, this, [=, this] {
        const QString port = QSettings().value(QStringLiteral("meterLine")).toString();
        const QString number = meter->text().trimmed();
        if (number.size() != 12) {
            say(tr("Give the meter's 12-digit number."));
            meter->setFocus();
            return;
        }
        if (port.isEmpty()) {
            say(tr("No meter line is set: an administrator sets it in Administration."));
            return;
        }
        if (!m_context.keysUnlocked()) {
            say(tr("The keystore is locked: a supervisor must unlock it first."));
            return;
        }
        Dlt645RemoteMeter line;
        QString problem;
        if (!line.open(port, 2400, &problem)) {
            say(tr("Cannot use the meter line: %1").arg(problem));
            return;
        }
        CardDesk &desk = m_context.lookup();
        std::optional<TariffPush> pushed;
        {
            QProgressDialog progress(
                tr("Sending the tariff to meter %1…").arg(language::ltr(number)), QString(), 0, 0,
                this);
            progress.setWindowModality(Qt::WindowModal);
            progress.setMinimumDuration(0);
            progress.show();
            QApplication::processEvents();
            pushed = desk.pushTariff(*m_context.session(), number, line);
            progress.reset();
        }
        window()->activateWindow();
        meter->setFocus();
        if (!pushed) {
            say(desk.errorString());
            return;
        }
        say(pushed->outcome == TariffPush::Outcome::kCurrent
                ? tr("Meter %1 already runs plan %2: nothing was sent.")
                      .arg(language::ltr(number), pushed->plan)
                : tr("Meter %1 loaded plan %2 at sequence %3; it takes effect %4.")
                      .arg(language::ltr(number), pushed->plan)
                      .arg(pushed->sequence)
                      .arg(QLocale().toString(
                          QDateTime::fromString(pushed->activation, Qt::ISODateWithMs)
                              .toLocalTime(),
                          QLocale::ShortFormat)));
    });
    return box;
}

void AccountsPage::refreshPushTariff(QPushButton *push)
{
    if (push == nullptr)
        return;
    const bool lineSet = !QSettings().value(QStringLiteral("meterLine")).toString().isEmpty();
    push->setEnabled(lineSet);
    push->setToolTip(lineSet ? QString()
                             : tr("No meter line is set: an administrator sets it in "
                                  "Administration."));
}
