#include "setupwizard.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

#include "ampcard/cardio/keystore.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/station/workstation.h"
#include "ampcard/station/currencies.h"
#include "language.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

// A wizard page of a form whose fields the wizard registers. A required line edit counts as
// filled when it holds text, prefilled or typed (QWizard's mandatory fields count only a change
// from the initial value, which would refuse a newcomer who keeps a default).
class FormPage : public QWizardPage {
public:
    FormPage(const QString &title, const QString &subTitle, QLayout *layout)
    {
        setTitle(title);
        setSubTitle(subTitle);
        setLayout(layout);
    }
    using QWizardPage::registerField;

    void require(QLineEdit *edit)
    {
        m_required.append(edit);
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    [[nodiscard]] bool isComplete() const override
    {
        return std::ranges::none_of(
            m_required, [](const QLineEdit *edit) { return edit->text().trimmed().isEmpty(); });
    }

private:
    QList<QLineEdit *> m_required;
};

QLineEdit *lineEdit(const char *name, const QString &text = {}, bool secret = false)
{
    auto *edit = new QLineEdit(text);
    edit->setObjectName(QLatin1String(name));
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

SetupWizard::SetupWizard(Workstation &context, QString ledgerPath, QString keystorePath,
                         QWidget *parent)
    : QWizard(parent), m_context(context), m_ledgerPath(std::move(ledgerPath)),
      m_keystorePath(std::move(keystorePath))
{
    setWindowTitle(tr("Set up Ampcard Station"));
    setObjectName(QStringLiteral("setupWizard"));

    auto *utilityForm = new QFormLayout;
    // The station's language, in force from the end of the wizard (the pages are made in it).
    auto *languageBox = new QComboBox;
    languageBox->setObjectName(QStringLiteral("language"));
    languageBox->addItem(tr("System language"), QString());
    for (const language::Choice &choice : language::offered())
        languageBox->addItem(choice.nativeName, choice.code);
    languageBox->setCurrentIndex(std::max(0, languageBox->findData(language::chosen())));
    connect(languageBox, &QComboBox::currentIndexChanged, this,
            [languageBox](int) { language::choose(languageBox->currentData().toString()); });
    auto *utilityName = lineEdit("utilityName");
    auto *currency = new QComboBox;
    currency->setObjectName(QStringLiteral("currency"));
    for (const Currency &entry : currencies())
        currency->addItem(tr("%1 — %2 (%n decimal place(s))", nullptr, entry.minorUnits)
                              .arg(entry.code, entry.name),
                          entry.code);
    auto *utilityId = new QSpinBox;
    utilityId->setObjectName(QStringLiteral("utilityId"));
    utilityId->setRange(1, 999'999'999);
    utilityId->setValue(3301);
    auto *stationNumber = new QSpinBox;
    stationNumber->setObjectName(QStringLiteral("stationNumber"));
    stationNumber->setRange(1, 65535);
    utilityForm->addRow(tr("&Language:"), languageBox);
    utilityForm->addRow(tr("&Utility name:"), utilityName);
    utilityForm->addRow(tr("&Currency:"), currency);
    utilityForm->addRow(tr("Utility &id (on every card):"), utilityId);
    utilityForm->addRow(tr("&Station number:"), stationNumber);
    auto *utility =
        new FormPage(tr("The utility"),
                     tr("Who sells, in which currency, and this station's number."), utilityForm);
    utility->registerField(QStringLiteral("utilityName"), utilityName);
    utility->require(utilityName);
    utility->registerField(QStringLiteral("currency"), currency, "currentData",
                           SIGNAL(currentIndexChanged(int)));
    utility->registerField(QStringLiteral("utilityId"), utilityId);
    utility->registerField(QStringLiteral("stationNumber"), stationNumber);
    addPage(utility);

    auto *adminForm = new QFormLayout;
    auto *login = lineEdit("adminLogin", QStringLiteral("admin"));
    auto *name = lineEdit("adminName");
    auto *password = lineEdit("adminPassword", {}, true);
    auto *repeat = lineEdit("adminRepeat", {}, true);
    adminForm->addRow(tr("&Login:"), login);
    adminForm->addRow(tr("&Name:"), name);
    adminForm->addRow(tr("&Password (8 characters or more):"), password);
    adminForm->addRow(tr("&Repeat the password:"), repeat);
    auto *admin = new FormPage(tr("The first administrator"),
                               tr("The administrator adds the other operators."), adminForm);
    admin->registerField(QStringLiteral("adminLogin"), login);
    admin->registerField(QStringLiteral("adminName"), name);
    admin->registerField(QStringLiteral("adminPassword"), password);
    admin->registerField(QStringLiteral("adminRepeat"), repeat);
    for (QLineEdit *edit : {login, password, repeat})
        admin->require(edit);
    addPage(admin);

    auto *keysLayout = new QVBoxLayout;
    auto *create = new QRadioButton(tr("&Make a new master key (a new utility)"));
    auto *import = new QRadioButton(tr("&Import the utility's keystore file"));
    create->setObjectName(QStringLiteral("createKeys"));
    create->setChecked(true);
    auto *importPath = lineEdit("importPath");
    importPath->setPlaceholderText(tr("keystore file to import"));
    auto *passphrase = lineEdit("passphrase", {}, true);
    auto *passphraseRepeat = lineEdit("passphraseRepeat", {}, true);
    auto *demo = new QCheckBox(tr("Add &demo data: plan DEMO and customer DEMO-1"));
    demo->setObjectName(QStringLiteral("demo"));
    demo->setChecked(true);
    auto *keysForm = new QFormLayout;
    keysForm->addRow(tr("Keystore &passphrase:"), passphrase);
    keysForm->addRow(tr("Repeat the passphrase:"), passphraseRepeat);
    keysLayout->addWidget(create);
    keysLayout->addWidget(import);
    keysLayout->addWidget(importPath);
    keysLayout->addLayout(keysForm);
    keysLayout->addWidget(demo);
    auto *keys = new FormPage(
        tr("The keys"),
        tr("Cards are sealed with keys derived from the utility's master key, kept encrypted "
           "under a passphrase that a supervisor types at every start."),
        keysLayout);
    keys->registerField(QStringLiteral("createKeys"), create);
    keys->registerField(QStringLiteral("importPath"), importPath);
    keys->registerField(QStringLiteral("passphrase"), passphrase);
    keys->registerField(QStringLiteral("passphraseRepeat"), passphraseRepeat);
    keys->require(passphrase);
    keys->require(passphraseRepeat);
    keys->registerField(QStringLiteral("demo"), demo);
    addPage(keys);
}

bool SetupWizard::demoData() const
{
    return field(QStringLiteral("demo")).toBool();
}

bool SetupWizard::build(QString *error)
{
    const QString password = field(QStringLiteral("adminPassword")).toString();
    if (password != field(QStringLiteral("adminRepeat")).toString()) {
        *error = tr("The two administrator passwords differ.");
        return false;
    }
    const QByteArray passphrase = field(QStringLiteral("passphrase")).toString().toUtf8();
    if (passphrase != field(QStringLiteral("passphraseRepeat")).toString().toUtf8()) {
        *error = tr("The two keystore passphrases differ.");
        return false;
    }
    if (passphrase.size() < 8) {
        *error = tr("The keystore passphrase needs at least 8 characters.");
        return false;
    }
    const auto utilityId = static_cast<std::uint32_t>(field(QStringLiteral("utilityId")).toInt());
    // The keystore first: nothing is made when it fails.
    if (field(QStringLiteral("createKeys")).toBool()) {
        if (!QFile::exists(m_keystorePath)) {
            if (const Status status =
                    cardio::Keystore::create(m_keystorePath, utilityId, passphrase);
                !status.ok()) {
                *error = tr("Cannot make the keystore: %1").arg(describe(status.code()));
                return false;
            }
        }
    } else {
        const QString source = field(QStringLiteral("importPath")).toString();
        cardio::UtilityKeys keys;
        if (const Status status = cardio::Keystore::open(source, passphrase, &keys); !status.ok()) {
            *error = tr("The keystore %1 does not open: %2").arg(source, describe(status.code()));
            return false;
        }
        if (keys.utilityId() != utilityId) {
            *error =
                tr("That keystore is for utility %1, not %2.").arg(keys.utilityId()).arg(utilityId);
            return false;
        }
        QFile::remove(m_keystorePath);
        if (!QFile::copy(source, m_keystorePath)) {
            *error = tr("Cannot copy the keystore to %1.").arg(m_keystorePath);
            return false;
        }
    }
    if (!m_context.openLedger(m_ledgerPath, true)) {
        *error = m_context.errorString();
        return false;
    }
    const QString login = field(QStringLiteral("adminLogin")).toString().trimmed();
    QString name = field(QStringLiteral("adminName")).toString().trimmed();
    Operators operators(m_context.ledger());
    if (!operators.addFirstAdministrator(login, name.isEmpty() ? login : name, password)) {
        *error = operators.errorString();
        return false;
    }
    if (!m_context.signIn(login, password)) {
        *error = m_context.errorString();
        return false;
    }
    const Session &admin = *m_context.session();
    const QString currency = field(QStringLiteral("currency")).toString();
    StationSettings settings;
    settings.utilityId = utilityId;
    settings.stationNumber =
        static_cast<std::uint32_t>(field(QStringLiteral("stationNumber")).toInt());
    Settings store(m_context.ledger());
    if (!store.save(admin, settings) ||
        !m_context.ledger().setSetting(Workstation::kUtilityNameKey,
                                       field(QStringLiteral("utilityName")).toString().trimmed()) ||
        !m_context.ledger().setSetting(Workstation::kCurrencyKey, currency) ||
        !m_context.ledger().setSetting(Workstation::kKeystoreKey, m_keystorePath)) {
        *error = store.errorString() + m_context.ledger().errorString();
        return false;
    }
    if (!m_context.unlockKeys(m_keystorePath, passphrase)) {
        *error = m_context.errorString();
        return false;
    }
    if (demoData()) {
        TariffPlans plans(m_context.ledger());
        Customers customers(m_context.ledger());
        if (plans.addVersion(admin, QStringLiteral("DEMO"),
                             QStringLiteral(R"({"name":"DEMO","currency":"%1","settlement":)"
                                            R"({"mode":"monthly","day":1,"hour":0},"steps":)"
                                            R"([{"upTo":"50","price":"12.0000"},)"
                                            R"({"price":"25.0000"}]})")
                                 .arg(currency)
                                 .toUtf8(),
                             QDateTime::currentDateTimeUtc()) == 0 ||
            customers.importCsv(admin, "number,name,address,phone\nDEMO-1,Demo Customer,1 "
                                       "Station Road,0700000000\n") != 1) {
            *error = plans.errorString() + customers.errorString();
            return false;
        }
    }
    return true;
}

void SetupWizard::accept()
{
    QString error;
    if (!build(&error)) {
        QMessageBox::warning(this, tr("Set-up"), error);
        return;
    }
    // The administrator is signed in: the language of the first page is in force from here on.
    language::apply(language::chosen());
    QWizard::accept();
}
