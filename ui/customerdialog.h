#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ampcard::station {
class Workstation;
}

// Installers change a customer (name, phone, address, group) and the customer's meters (tariff
// plan, phases, active or suspended). The customer number and meter numbers do not change here:
// a new meter goes in by a meter change.
class CustomerDialog : public QDialog {
    Q_OBJECT

public:
    CustomerDialog(ampcard::station::Workstation &context, const QString &customerNumber,
                   QWidget *parent = nullptr);

    [[nodiscard]] QString message() const;

public slots:
    // Saves what changed; closes the dialog when all of it was taken.
    void save();

private:
    void showMeter(int index);

    ampcard::station::Workstation &m_context;
    QString m_number;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLineEdit *m_group;
    QComboBox *m_meter;
    QComboBox *m_plan;
    QComboBox *m_phases;
    QComboBox *m_status;
    QLabel *m_message;
};
