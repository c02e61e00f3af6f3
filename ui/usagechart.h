#pragma once

#include <QChartView>

#include "ampcard/station/reports.h"

// A customer's energy by month as bars: bought (what the cards carried) beside used (what the
// meters counted, forward + reverse). Used above bought over months points at a meter that runs
// on something other than the cards; bought far above used, at hoarding or unloaded purchases.
class UsageChart : public QChartView {
    Q_OBJECT

public:
    explicit UsageChart(QWidget *parent = nullptr);

    // `usage` is Reports::usage(): month, bought kWh, used kWh.
    void setUsage(const ampcard::station::ReportTable &usage);
    [[nodiscard]] QStringList months() const { return m_months; }
    [[nodiscard]] QList<double> bought() const { return m_bought; }
    [[nodiscard]] QList<double> used() const { return m_used; }

private:
    QStringList m_months;
    QList<double> m_bought;
    QList<double> m_used;
};
