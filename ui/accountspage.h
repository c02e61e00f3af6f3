#pragma once

#include <optional>

#include <QWidget>

#include "ampcard/station/operators.h"

class CustomerModel;
class QLabel;
class QLineEdit;
class QTableView;

namespace ampcard::station {
class Workstation;
}

// Installers' page: find customers, add one, change one (Enter on the table or Alt+T), import a
// CSV (with progress and an error report), open an account on a new card, replace a lost card,
// change a meter.
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
    QWidget *customerBox();
    QWidget *openBox();
    QWidget *replaceBox();
    QWidget *changeMeterBox();
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
