#pragma once

#include <QWidget>

class QLabel;
class QStandardItemModel;
class StationContext;

// Supervisors and administrators: operators and roles (add, unlock), the station's charges, the
// ledger backup, the audit log, and the language of the application.
class AdminPage : public QWidget {
    Q_OBJECT

public:
    explicit AdminPage(StationContext &context, QWidget *parent = nullptr);

    bool backupTo(const QString &path);
    [[nodiscard]] QString message() const;
    [[nodiscard]] QStandardItemModel *operators() const { return m_operators; }
    [[nodiscard]] QStandardItemModel *audit() const { return m_audit; }

public slots:
    void refresh();

private:
    QWidget *operatorsBox();
    QWidget *settingsBox();
    QWidget *otherBox();

    StationContext &m_context;
    QStandardItemModel *m_operators;
    QStandardItemModel *m_audit;
    QLabel *m_message;
};
