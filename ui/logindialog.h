#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ampcard::station {
class Workstation;
}

// Sign-in: login and password; when the keystore is still locked, its passphrase too (a supervisor
// unlocks it once per start). Also the lock screen after inactivity (`lockedFor` the operator).
// "Recover a locked login" turns it into lock-out recovery: the keystore's passphrase is the
// authority, the password field takes the login's new password (Operators::recover).
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    explicit LoginDialog(ampcard::station::Workstation &context, const QString &lockedFor = {},
                         QWidget *parent = nullptr);

    void accept() override;

private:
    void startRecovery();
    bool recover();

    ampcard::station::Workstation &m_context;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_passphrase;
    QLabel *m_passwordLabel;
    QLabel *m_passphraseLabel;
    QLabel *m_error;
    bool m_recovering = false;
};
