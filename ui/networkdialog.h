#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ampcard::station {
class Workstation;
}

// Administration → Network (docs/network.md): where this station stands with the central
// server (server, station number, float left, what waits, the last success and error), joining
// a server (an administrator, with the keystore unlocked) and a push now.
class NetworkDialog : public QDialog {
    Q_OBJECT

public:
    explicit NetworkDialog(ampcard::station::Workstation &context, QWidget *parent = nullptr);

    // Joins with what the form holds; false with the reason shown.
    bool join();
    bool syncNow();
    [[nodiscard]] QString message() const;

private:
    void refresh();

    ampcard::station::Workstation &m_context;
    QLabel *m_state;
    QLabel *m_message;
    QLineEdit *m_server;
    QSpinBox *m_station;
    QLineEdit *m_password;
    QLineEdit *m_ca;
    QPushButton *m_join;
    QPushButton *m_sync;
    QTreeWidget *m_clashes; // records the server refused or this ledger could not take
};
