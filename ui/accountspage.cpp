#include "accountspage.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "ampcard/station/customers.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/tariffplans.h"
#include "customermodel.h"
#include "ampcard/tariff/tarifffile.h"
#include "stationcontext.h"

using namespace ampcard;
using namespace ampcard::station;

AccountsPage::AccountsPage(StationContext &context, QWidget *parent)
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
    auto *importButton = new QPushButton(tr("&Import CSV…"), this);
    auto *find = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_search);
    find->addWidget(findLabel);
    find->addWidget(m_search, 1);
    find->addWidget(importButton);
    auto *left = new QVBoxLayout;
    left->addLayout(find);
    left->addWidget(m_table, 1);
    left->addWidget(m_message);
    auto *right = new QVBoxLayout;
    right->addWidget(customerBox());
    right->addWidget(openBox());
    right->addWidget(replaceBox());
    right->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    connect(m_search, &QLineEdit::returnPressed, this, &AccountsPage::search);
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
    auto *box = new QGroupBox(tr("New customer"), this);
    auto *number = new QLineEdit(box);
    auto *name = new QLineEdit(box);
    auto *phone = new QLineEdit(box);
    auto *address = new QLineEdit(box);
    number->setObjectName(QStringLiteral("newNumber"));
    name->setObjectName(QStringLiteral("newName"));
    auto *add = new QPushButton(tr("A&dd the customer"), box);
    add->setObjectName(QStringLiteral("addCustomer"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("N&umber:"), number);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Phone:"), phone);
    form->addRow(tr("Addr&ess:"), address);
    form->addRow(add);
    connect(add, &QPushButton::clicked, this, [=, this] {
        Customer customer;
        customer.number = number->text().trimmed();
        customer.name = name->text().trimmed();
        customer.phone = phone->text().trimmed();
        customer.address = address->text().trimmed();
        Customers customers(m_context.ledger());
        if (!customers.add(*m_context.session(), customer)) {
            say(customers.errorString());
            return;
        }
        say(tr("Customer %1 added.").arg(customer.number));
        for (QLineEdit *edit : {number, name, phone, address})
            edit->clear();
        number->setFocus();
    });
    return box;
}

QWidget *AccountsPage::openBox()
{
    auto *box = new QGroupBox(tr("Open an account (a new user card in the reader)"), this);
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
    plan->addItems(TariffPlans(m_context.ledger()).names());
    phases->addItems({tr("single phase"), tr("three phase")});
    keyVersion->setRange(1, 255);
    preset->setPlaceholderText(QStringLiteral("0.00"));
    auto *write = new QPushButton(tr("&Write the account-opening card"), box);
    write->setObjectName(QStringLiteral("openAccount"));
    auto *form = new QFormLayout(box);
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
        say(receipt
                ? tr("Account opened for meter %1 on card %2. Give the card to the customer "
                     "to load it into the meter.")
                      .arg(request.meter.number, receipt->value(QStringLiteral("card")).toString())
                : desk->errorString());
    });
    return box;
}

QWidget *AccountsPage::replaceBox()
{
    auto *box = new QGroupBox(tr("Replace a lost card (a new user card in the reader)"), this);
    auto *meter = new QLineEdit(box);
    auto *reason = new QComboBox(box);
    meter->setObjectName(QStringLiteral("replaceMeter"));
    meter->setInputMask(QStringLiteral("999999999999;_"));
    reason->setEditable(true);
    reason->addItems({tr("lost"), tr("stolen"), tr("damaged")});
    auto *write = new QPushButton(tr("Write the &replacement card"), box);
    write->setObjectName(QStringLiteral("replaceCard"));
    auto *form = new QFormLayout(box);
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
                          .arg(receipt->value(QStringLiteral("card")).toString(),
                               receipt->value(QStringLiteral("replaces")).toString(),
                               meter->text().trimmed())
                    : desk->errorString());
    });
    return box;
}
