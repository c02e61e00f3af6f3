#include "customerdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ampcard/station/customers.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/station/workstation.h"
#include "language.h"

using namespace ampcard::station;

CustomerDialog::CustomerDialog(Workstation &context, const QString &customerNumber, QWidget *parent)
    : QDialog(parent), m_context(context), m_number(customerNumber), m_name(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_address(new QLineEdit(this)), m_group(new QLineEdit(this)),
      m_meter(new QComboBox(this)), m_plan(new QComboBox(this)), m_phases(new QComboBox(this)),
      m_status(new QComboBox(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(tr("Customer %1").arg(language::ltr(customerNumber)));
    m_name->setObjectName(QStringLiteral("editName"));
    m_phone->setObjectName(QStringLiteral("editPhone"));
    m_address->setObjectName(QStringLiteral("editAddress"));
    m_group->setObjectName(QStringLiteral("editGroup"));
    m_meter->setObjectName(QStringLiteral("editMeter"));
    m_plan->setObjectName(QStringLiteral("editPlan"));
    m_status->setObjectName(QStringLiteral("editStatus"));
    m_message->setObjectName(QStringLiteral("editMessage"));
    m_message->setWordWrap(true);
    if (const auto customer = Customers(context.ledger()).byNumber(customerNumber)) {
        m_name->setText(customer->name);
        m_phone->setText(customer->phone);
        m_address->setText(customer->address);
        m_group->setText(customer->group);
    }
    m_plan->addItems(TariffPlans(context.ledger()).names());
    m_phases->addItem(tr("single phase"), 1);
    m_phases->addItem(tr("three phase"), 3);
    m_status->addItem(tr("active"), QStringLiteral("active"));
    m_status->addItem(tr("suspended (no sales)"), QStringLiteral("suspended"));
    for (const MeterRecord &meter : Meters(context.ledger()).forCustomer(customerNumber)) {
        if (meter.status != QLatin1String("removed"))
            m_meter->addItem(meter.number, meter.number);
    }

    auto *customerForm = new QFormLayout;
    customerForm->addRow(tr("&Name:"), m_name);
    customerForm->addRow(tr("&Phone:"), m_phone);
    customerForm->addRow(tr("Addr&ess:"), m_address);
    customerForm->addRow(tr("&Group:"), m_group);
    auto *customerBox = new QGroupBox(tr("Customer"), this);
    customerBox->setLayout(customerForm);
    auto *meterForm = new QFormLayout;
    meterForm->addRow(tr("&Meter:"), m_meter);
    meterForm->addRow(tr("Tariff p&lan:"), m_plan);
    meterForm->addRow(tr("P&hases:"), m_phases);
    meterForm->addRow(tr("&State:"), m_status);
    auto *meterBox = new QGroupBox(tr("Meter"), this);
    meterBox->setLayout(meterForm);
    meterBox->setEnabled(m_meter->count() > 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(customerBox);
    layout->addWidget(meterBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_meter, &QComboBox::currentIndexChanged, this, &CustomerDialog::showMeter);
    showMeter(0);
}

QString CustomerDialog::message() const
{
    return m_message->text();
}

void CustomerDialog::showMeter(int index)
{
    const std::optional<MeterRecord> meter =
        Meters(m_context.ledger()).byNumber(m_meter->itemData(index).toString());
    if (!meter)
        return;
    m_plan->setCurrentText(meter->tariffPlan);
    m_phases->setCurrentIndex(m_phases->findData(meter->phases));
    m_status->setCurrentIndex(m_status->findData(meter->status));
}

void CustomerDialog::save()
{
    Customers customers(m_context.ledger());
    std::optional<Customer> customer = customers.byNumber(m_number);
    if (!customer) {
        m_message->setText(tr("There is no customer %1.").arg(m_number));
        return;
    }
    customer->name = m_name->text().trimmed();
    customer->phone = m_phone->text().trimmed();
    customer->address = m_address->text().trimmed();
    customer->group = m_group->text().trimmed();
    if (!customers.update(*m_context.session(), *customer)) {
        m_message->setText(customers.errorString());
        return;
    }
    Meters meters(m_context.ledger());
    if (std::optional<MeterRecord> meter = meters.byNumber(m_meter->currentData().toString())) {
        meter->tariffPlan = m_plan->currentText();
        meter->phases = m_phases->currentData().toInt();
        meter->status = m_status->currentData().toString();
        if (!meters.update(*m_context.session(), *meter)) {
            m_message->setText(meters.errorString());
            return;
        }
    }
    m_message->setText(tr("Saved."));
    accept();
}
