#include "logindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ampcard/station/operators.h"
#include "language.h"
#include "ampcard/station/workstation.h"

LoginDialog::LoginDialog(ampcard::station::Workstation &context, const QString &lockedFor,
                         QWidget *parent)
    : QDialog(parent), m_context(context), m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_passphrase(new QLineEdit(this)),
      m_passwordLabel(new QLabel(tr("&Password:"), this)),
      m_passphraseLabel(new QLabel(tr("&Keystore passphrase:"), this)), m_error(new QLabel(this))
{
    setWindowTitle(lockedFor.isEmpty() ? tr("Sign in — %1").arg(context.utilityName())
                                       : tr("Locked — %1").arg(context.utilityName()));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Operator:"), m_login);
    m_passwordLabel->setBuddy(m_password);
    m_passphraseLabel->setBuddy(m_passphrase);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_passphraseLabel, m_passphrase);
    if (context.keysUnlocked()) {
        m_passphraseLabel->hide();
        m_passphrase->hide();
    }
    if (!lockedFor.isEmpty()) {
        m_login->setText(lockedFor);
        m_login->setReadOnly(true);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *recovery =
        buttons->addButton(tr("&Recover a locked login…"), QDialogButtonBox::ActionRole);
    recovery->setObjectName(QStringLiteral("recover"));
    connect(recovery, &QPushButton::clicked, this, &LoginDialog::startRecovery);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (lockedFor.isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::startRecovery()
{
    m_recovering = true;
    setWindowTitle(tr("Recover a locked login — %1").arg(m_context.utilityName()));
    m_passwordLabel->setText(tr("&New password:"));
    m_passphraseLabel->show();
    m_passphrase->show();
    m_password->clear();
    m_error->setText(tr("The keystore's passphrase unlocks the login and sets its new password; "
                        "the recovery goes to the audit log."));
    m_login->setReadOnly(false);
    m_login->setFocus();
}

bool LoginDialog::recover()
{
    using namespace ampcard::station;
    const QString login = m_login->text().trimmed();
    if (login.isEmpty() || m_password->text().size() < 8) {
        m_error->setText(tr("Give the locked login and a new password of 8 characters or more."));
        return false;
    }
    if (!m_context.unlockKeys({}, m_passphrase->text().toUtf8())) {
        m_error->setText(
            tr("The keystore did not open: %1. Recovery refused.").arg(m_context.errorString()));
        m_passphrase->clear();
        m_passphrase->setFocus();
        return false;
    }
    Operators operators(m_context.ledger());
    if (!operators.recover(m_context.keys(), login, m_password->text())) {
        m_error->setText(operators.errorString());
        return false;
    }
    m_recovering = false;
    m_passwordLabel->setText(tr("&Password:"));
    return true;
}

void LoginDialog::accept()
{
    if (m_recovering && !recover())
        return;
    // The keystore first when its passphrase is given: the sign-in then checks the operators
    // against their seal with the station's key.
    if (!m_context.keysUnlocked() && !m_passphrase->text().isEmpty())
        (void)m_context.unlockKeys({}, m_passphrase->text().toUtf8());
    if (!m_context.signIn(m_login->text().trimmed(), m_password->text())) {
        m_error->setText(m_context.errorString());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    if (!m_context.keysUnlocked() && !m_context.unlockKeys({}, m_passphrase->text().toUtf8())) {
        m_error->setText(tr("The keystore did not open: %1. Cards cannot be written until a "
                            "supervisor unlocks it.")
                             .arg(m_context.errorString()));
        m_passphrase->clear();
        m_passphrase->setFocus();
        return;
    }
    // The language chosen for the station (perhaps by a supervisor since the program started)
    // is in force from this sign-in on.
    language::apply(language::chosen());
    QDialog::accept();
}
