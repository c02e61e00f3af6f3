#include "usagechart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include "ampcard/tariff/tarifffile.h"

UsageChart::UsageChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("usageChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setUsage({});
}

void UsageChart::setUsage(const ampcard::station::ReportTable &usage)
{
    m_months.clear();
    m_bought.clear();
    m_used.clear();
    auto kWh = [](const QString &text) {
        const auto energy = ampcard::tariff::energyFromText(text);
        return energy ? static_cast<double>(energy->raw()) / 1000.0 : 0.0;
    };
    for (const QStringList &row : usage.rows) {
        m_months.append(row.value(0));
        m_bought.append(kWh(row.value(1)));
        m_used.append(kWh(row.value(2)));
    }
    auto *chart = new QChart;
    chart->setTitle(usage.title);
    auto *bought = new QBarSet(tr("Bought (kWh)"));
    auto *used = new QBarSet(tr("Used (kWh)"));
    bought->append(m_bought);
    used->append(m_used);
    auto *series = new QBarSeries;
    series->append(bought);
    series->append(used);
    chart->addSeries(series);
    auto *months = new QBarCategoryAxis;
    months->append(m_months);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    auto *kWhAxis = new QValueAxis;
    double top = 1.0;
    for (const QList<double> *values : {&m_bought, &m_used}) {
        for (double value : *values)
            top = std::max(top, value);
    }
    kWhAxis->setRange(0, top * 1.1);
    kWhAxis->setTitleText(tr("kWh"));
    chart->addAxis(kWhAxis, Qt::AlignLeft);
    series->attachAxis(kWhAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
