#pragma once

#include <optional>

#include <QWidget>

#include "ampcard/station/operators.h"
#include "ampcard/tariff/units.h"

class CustomerModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ampcard::station {
class Workstation;
}

// Installers' page: find customers, add one, change one (Enter on the table or Alt+T), import a
// CSV (with progress and an error report), open an account on a new card, replace a lost card,
// change a meter, push a plan's tariff to a meter over the meter line at once.
class AccountsPage : public QWidget {
    Q_OBJECT

public:
    explicit AccountsPage(ampcard::station::Workstation &context, QWidget *parent = nullptr);

    // Imports a CSV file; true when every line went in. The message says what happened.
    bool importFile(const QString &path);
    [[nodiscard]] QString message() const;
    [[nodiscard]] CustomerModel *customers() const { return m_model; }

public slots:
    void search();
    // Opens the customer dialog for the customer on the table's current row.
    void editCurrent();

private:
    // Money in the station currency's minor units and the locale (0.0001 when none is set).
    [[nodiscard]] QString moneyText(ampcard::tariff::Money money) const;
    QWidget *customerBox();
    QWidget *openBox();
    QWidget *replaceBox();
    QWidget *changeMeterBox();
    // The tariff of a meter's plan sent at once over the meter line (when one is set).
    QWidget *pushTariffBox();
    // Enabled only while a meter line is set.
    void refreshPushTariff(QPushButton *push);
    // A supervisor signs in a second time to allow what `why` says, giving a reason; nothing when
    // cancelled or refused (said on the page).
    std::optional<ampcard::station::Session> countersign(const QString &why, QString *reason);
    void say(const QString &text);

    ampcard::station::Workstation &m_context;
    CustomerModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_message;
};
