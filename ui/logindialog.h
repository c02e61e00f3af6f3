#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ampcard::station {
class Workstation;
}

// Sign-in: login and password; when the keystore is still locked, its passphrase too (a supervisor
// unlocks it once per start). Also the lock screen after inactivity (`lockedFor` the operator).
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    explicit LoginDialog(ampcard::station::Workstation &context, const QString &lockedFor = {},
                         QWidget *parent = nullptr);

    void accept() override;

private:
    ampcard::station::Workstation &m_context;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_passphrase;
    QLabel *m_error;
};
