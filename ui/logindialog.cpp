#include "logindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "ampcard/station/workstation.h"

LoginDialog::LoginDialog(ampcard::station::Workstation &context, const QString &lockedFor,
                         QWidget *parent)
    : QDialog(parent), m_context(context), m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_passphrase(new QLineEdit(this)), m_error(new QLabel(this))
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
    form->addRow(tr("&Password:"), m_password);
    if (!context.keysUnlocked())
        form->addRow(tr("&Keystore passphrase:"), m_passphrase);
    else
        m_passphrase->hide();
    if (!lockedFor.isEmpty()) {
        m_login->setText(lockedFor);
        m_login->setReadOnly(true);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (lockedFor.isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::accept()
{
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
    QDialog::accept();
}
