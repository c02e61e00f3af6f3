#pragma once

#include <QWidget>

class CustomerModel;
class QLabel;
class QLineEdit;
class QTableView;
class StationContext;

// Installers' page: find customers, add one, import a CSV (with progress and an error report),
// open an account on a new card, replace a lost card.
class AccountsPage : public QWidget {
    Q_OBJECT

public:
    explicit AccountsPage(StationContext &context, QWidget *parent = nullptr);

    // Imports a CSV file; true when every line went in. The message says what happened.
    bool importFile(const QString &path);
    [[nodiscard]] QString message() const;
    [[nodiscard]] CustomerModel *customers() const { return m_model; }

public slots:
    void search();

private:
    QWidget *customerBox();
    QWidget *openBox();
    QWidget *replaceBox();
    void say(const QString &text);

    StationContext &m_context;
    CustomerModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_message;
};
