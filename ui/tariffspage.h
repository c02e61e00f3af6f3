#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace ampcard::station {
class Workstation;
}

// Supervisors' tariff plans: a ladder editor (1–8 steps: the upper bound of each step's period
// usage and its price), monthly or yearly settlement, the activation time; a preview of what a
// month's usage costs; the plan of each customer group. Time of use (optional): up to four rates
// (sharp, peak, flat, valley), a daily schedule of up to 14 periods and the rate a quote uses;
// with it the ladder's prices are surcharges on the rate (docs/tariff-format.md).
class TariffsPage : public QWidget {
    Q_OBJECT

public:
    explicit TariffsPage(ampcard::station::Workstation &context, QWidget *parent = nullptr);

    // The tariff file the editor holds now (docs/tariff-format.md).
    [[nodiscard]] QByteArray tariffJson() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString preview() const;

public slots:
    void addVersion();
    void updatePreview();
    void setStepCount(int count);
    void setPeriodCount(int count);

private:
    ampcard::station::Workstation &m_context;
    QLineEdit *m_name;
    QSpinBox *m_steps;
    QTableWidget *m_ladder;
    QComboBox *m_settlement;
    QLineEdit *m_dates;
    QDateTimeEdit *m_from;
    QGroupBox *m_tou;
    QTableWidget *m_rates;
    QSpinBox *m_periods;
    QTableWidget *m_schedule;
    QComboBox *m_quoteRate;
    QLineEdit *m_usage;
    QLabel *m_preview;
    QLabel *m_message;
};
