#pragma once

#include <QWidget>

class QLabel;
class QStandardItemModel;

namespace ampcard::station {
class Workstation;
}

// Supervisors and administrators: operators and roles (add, unlock), the station's charges, the
// ledger backup and restore, the keystore passphrase, the audit log, the language, and the
// receipt paper and printer (a system printer, or a thermal one on a device node or the network).
class AdminPage : public QWidget {
    Q_OBJECT

public:
    explicit AdminPage(ampcard::station::Workstation &context, QWidget *parent = nullptr);

    bool backupTo(const QString &path);
    // Restores the ledger from a backup signed for by an administrator of that backup; on success
    // everyone is signed out (restored() is emitted).
    bool restoreFrom(const QString &path, const QString &login, const QString &password);
    bool changePassphrase(const QString &current, const QString &fresh, const QString &repeated);
    [[nodiscard]] QString message() const;
    [[nodiscard]] QStandardItemModel *operators() const { return m_operators; }
    [[nodiscard]] QStandardItemModel *audit() const { return m_audit; }

public slots:
    void refresh();

signals:
    void restored();

private:
    QWidget *operatorsBox();
    QWidget *settingsBox();
    QWidget *otherBox();
    QWidget *printerBox();
    QWidget *keysBox();

    ampcard::station::Workstation &m_context;
    QStandardItemModel *m_operators;
    QStandardItemModel *m_audit;
    QLabel *m_message;
};
