#pragma once

#include <QWizard>

namespace ampcard::station {
class Workstation;
}

// First run: the utility (name, currency, utility id), the station number, the first
// administrator, the keystore (a new master key, or a keystore file imported with its
// passphrase) and, for a newcomer, demo data (a tariff plan and a customer). Makes the ledger in
// the user's data folder.
class SetupWizard : public QWizard {
    Q_OBJECT

public:
    SetupWizard(ampcard::station::Workstation &context, QString ledgerPath, QString keystorePath,
                QWidget *parent = nullptr);

    // Does the work; on failure says why and stays open.
    void accept() override;
    [[nodiscard]] bool demoData() const;

private:
    bool build(QString *error);

    ampcard::station::Workstation &m_context;
    QString m_ledgerPath;
    QString m_keystorePath;
};
