#include "tariffspage.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ampcard/station/settings.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/charge.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"
#include "ampcard/station/workstation.h"
#include "language.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

// The tariff file's names of the TOU rates, in DL/T645 order.
const QStringList kRateNames = {QStringLiteral("sharp"), QStringLiteral("peak"),
                                QStringLiteral("flat"), QStringLiteral("valley")};

QStringList rateLabels()
{
    return {TariffsPage::tr("sharp"), TariffsPage::tr("peak"), TariffsPage::tr("flat"),
            TariffsPage::tr("valley")};
}

} // namespace

TariffsPage::TariffsPage(Workstation &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_name(new QLineEdit(this)), m_steps(new QSpinBox(this)),
      m_ladder(new QTableWidget(0, 2, this)), m_settlement(new QComboBox(this)),
      m_dates(new QLineEdit(this)),
      m_from(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(120), this)),
      m_tou(new QGroupBox(tr("&Time of use"), this)), m_rates(new QTableWidget(4, 1, this)),
      m_periods(new QSpinBox(this)), m_schedule(new QTableWidget(0, 2, this)),
      m_quoteRate(new QComboBox(this)), m_usage(new QLineEdit(QStringLiteral("100"), this)),
      m_preview(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("tariffsPage"));
    m_name->setObjectName(QStringLiteral("planName"));
    m_ladder->setObjectName(QStringLiteral("ladder"));
    m_usage->setObjectName(QStringLiteral("usage"));
    m_ladder->setHorizontalHeaderLabels({tr("Up to (kWh in the period)"), tr("Price per kWh")});
    m_ladder->horizontalHeader()->setStretchLastSection(true);
    m_ladder->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->setRange(1, 8);
    m_steps->setObjectName(QStringLiteral("stepCount"));
    m_settlement->addItem(tr("monthly, on the 1st at 00:00"), QStringLiteral("monthly"));
    m_settlement->addItem(tr("yearly, on the dates below"), QStringLiteral("yearly"));
    m_dates->setPlaceholderText(QStringLiteral("01-01T00, 07-01T00"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_tou->setObjectName(QStringLiteral("tou"));
    m_tou->setCheckable(true);
    m_tou->setChecked(false);
    m_rates->setObjectName(QStringLiteral("touRates"));
    m_rates->setHorizontalHeaderLabels({tr("Price per kWh (empty: not used)")});
    m_rates->setVerticalHeaderLabels(rateLabels());
    m_rates->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < 4; ++row)
        m_rates->setItem(row, 0, new QTableWidgetItem());
    m_rates->setMaximumHeight(m_rates->verticalHeader()->length() +
                              m_rates->horizontalHeader()->height() + 4);
    m_periods->setObjectName(QStringLiteral("touPeriods"));
    m_periods->setRange(1, tariff::kMaxTouSegments);
    m_schedule->setObjectName(QStringLiteral("touSchedule"));
    m_schedule->setHorizontalHeaderLabels({tr("From (HH:MM)"), tr("Rate")});
    m_schedule->horizontalHeader()->setStretchLastSection(true);
    m_quoteRate->setObjectName(QStringLiteral("touQuoteRate"));
    const QStringList labels = rateLabels();
    for (int i = 0; i < 4; ++i)
        m_quoteRate->addItem(labels[i], kRateNames[i]);
    m_quoteRate->setCurrentIndex(2);
    auto *touForm = new QFormLayout(m_tou);
    touForm->addRow(tr("&Rates:"), m_rates);
    touForm->addRow(tr("&Periods a day:"), m_periods);
    touForm->addRow(m_schedule);
    touForm->addRow(tr("&Quote at rate:"), m_quoteRate);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 10);
    m_message->setObjectName(QStringLiteral("tariffMessage"));
    m_message->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add this version"), this);
    add->setObjectName(QStringLiteral("addVersion"));
    auto *group = new QLineEdit(this);
    auto *plan = new QComboBox(this);
    plan->addItems(TariffPlans(context.ledger()).names());
    auto *assign = new QPushButton(tr("A&ssign"), this);

    // At a counter's 1366×768 the editor, the time of use and the preview stand side by side
    // and the ladder shows all eight steps at once (no scroll bar in the page or the ladder).
    m_ladder->setMinimumHeight(m_ladder->verticalHeader()->defaultSectionSize() * 8 +
                               m_ladder->horizontalHeader()->sizeHint().height() +
                               2 * m_ladder->frameWidth());
    m_ladder->setMaximumHeight(m_ladder->minimumHeight());
    language::keepLeftToRight({m_ladder, m_rates, m_schedule, m_usage, m_from, m_dates});
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Plan name:"), m_name);
    form->addRow(tr("&Steps:"), m_steps);
    form->addRow(m_ladder);
    form->addRow(tr("S&ettlement:"), m_settlement);
    form->addRow(tr("Yearly &dates:"), m_dates);
    form->addRow(tr("Takes effect (&local time):"), m_from);
    form->addRow(add);
    auto *editor = new QGroupBox(tr("New plan version"), this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addStretch();
    touForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *previewForm = new QFormLayout;
    previewForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    previewForm->addRow(tr("&Usage in a period (kWh):"), m_usage);
    previewForm->addRow(m_preview);
    auto *previewBox = new QGroupBox(tr("Bill preview"), this);
    previewBox->setLayout(previewForm);
    auto *assignForm = new QFormLayout;
    assignForm->addRow(tr("Customer &group:"), group);
    assignForm->addRow(tr("P&lan:"), plan);
    assignForm->addRow(assign);
    auto *assignBox = new QGroupBox(tr("Plan of a customer group"), this);
    assignBox->setLayout(assignForm);
    auto *right = new QVBoxLayout;
    right->addWidget(previewBox);
    right->addWidget(assignBox);
    right->addWidget(m_message);
    right->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(editor, 4);
    layout->addWidget(m_tou, 3);
    layout->addLayout(right, 3);
    setTabOrder(add, m_tou);

    connect(m_steps, &QSpinBox::valueChanged, this, &TariffsPage::setStepCount);
    connect(m_ladder, &QTableWidget::cellChanged, this, &TariffsPage::updatePreview);
    connect(m_usage, &QLineEdit::textChanged, this, &TariffsPage::updatePreview);
    connect(m_settlement, &QComboBox::currentIndexChanged, this, &TariffsPage::updatePreview);
    connect(m_periods, &QSpinBox::valueChanged, this, &TariffsPage::setPeriodCount);
    connect(m_rates, &QTableWidget::cellChanged, this, &TariffsPage::updatePreview);
    connect(m_schedule, &QTableWidget::cellChanged, this, &TariffsPage::updatePreview);
    connect(m_quoteRate, &QComboBox::currentIndexChanged, this, &TariffsPage::updatePreview);
    connect(m_tou, &QGroupBox::toggled, this, [this](bool on) {
        m_ladder->setHorizontalHeaderItem(
            1, new QTableWidgetItem(on ? tr("Surcharge per kWh") : tr("Price per kWh")));
        updatePreview();
    });
    connect(add, &QPushButton::clicked, this, &TariffsPage::addVersion);
    connect(assign, &QPushButton::clicked, this, [=, this] {
        TariffPlans plans(m_context.ledger());
        m_message->setText(
            plans.assign(*m_context.session(), group->text().trimmed(), plan->currentText())
                ? tr("Group %1 is on plan %2.").arg(group->text().trimmed(), plan->currentText())
                : plans.errorString());
    });
    setPeriodCount(1);
    setStepCount(1);
}

void TariffsPage::setPeriodCount(int count)
{
    const QSignalBlocker blocker(m_schedule);
    const int before = m_schedule->rowCount();
    m_schedule->setRowCount(count);
    for (int row = before; row < count; ++row) {
        m_schedule->setItem(row, 0,
                            new QTableWidgetItem(row == 0 ? QStringLiteral("00:00") : QString()));
        auto *rate = new QComboBox(m_schedule);
        rate->addItems(rateLabels());
        rate->setCurrentIndex(2);
        connect(rate, &QComboBox::currentIndexChanged, this, &TariffsPage::updatePreview);
        m_schedule->setCellWidget(row, 1, rate);
    }
    // The first period always starts at midnight.
    m_schedule->item(0, 0)->setFlags(Qt::ItemIsEnabled);
    m_schedule->item(0, 0)->setText(QStringLiteral("00:00"));
    updatePreview();
}

QString TariffsPage::message() const
{
    return m_message->text();
}

QString TariffsPage::preview() const
{
    return m_preview->text();
}

void TariffsPage::setStepCount(int count)
{
    const QSignalBlocker blocker(m_ladder);
    const int before = m_ladder->rowCount();
    m_ladder->setRowCount(count);
    for (int row = before; row < count; ++row) {
        m_ladder->setItem(row, 0, new QTableWidgetItem());
        m_ladder->setItem(row, 1, new QTableWidgetItem());
    }
    // The last step has no upper bound.
    for (int row = 0; row < count; ++row) {
        QTableWidgetItem *bound = m_ladder->item(row, 0);
        const bool last = row == count - 1;
        bound->setFlags(last ? Qt::ItemIsEnabled
                             : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        if (last)
            bound->setText(tr("(no limit)"));
        else if (bound->text() == tr("(no limit)"))
            bound->setText(QString());
    }
    updatePreview();
}

QByteArray TariffsPage::tariffJson() const
{
    QJsonArray steps;
    for (int row = 0; row < m_ladder->rowCount(); ++row) {
        QJsonObject step;
        if (row < m_ladder->rowCount() - 1)
            step[QStringLiteral("upTo")] = m_ladder->item(row, 0)->text().trimmed();
        step[QStringLiteral("price")] = m_ladder->item(row, 1)->text().trimmed();
        steps.append(step);
    }
    QJsonObject settlement;
    settlement[QStringLiteral("mode")] = m_settlement->currentData().toString();
    if (m_settlement->currentIndex() == 0) {
        settlement[QStringLiteral("day")] = 1;
        settlement[QStringLiteral("hour")] = 0;
    } else {
        QJsonArray dates;
        for (const QString &date : m_dates->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            dates.append(date.trimmed());
        settlement[QStringLiteral("dates")] = dates;
    }
    QJsonObject json;
    if (m_tou->isChecked()) {
        QJsonObject rates;
        for (int row = 0; row < 4; ++row) {
            const QString price = m_rates->item(row, 0)->text().trimmed();
            if (!price.isEmpty())
                rates[kRateNames[row]] = price;
        }
        QJsonArray schedule;
        for (int row = 0; row < m_schedule->rowCount(); ++row) {
            const auto *rate = qobject_cast<QComboBox *>(m_schedule->cellWidget(row, 1));
            schedule.append(QJsonObject{
                {QStringLiteral("from"), m_schedule->item(row, 0)->text().trimmed()},
                {QStringLiteral("rate"), kRateNames.value(rate ? rate->currentIndex() : 2)}});
        }
        json[QStringLiteral("tou")] =
            QJsonObject{{QStringLiteral("rates"), rates},
                        {QStringLiteral("schedule"), schedule},
                        {QStringLiteral("quoteRate"), m_quoteRate->currentData().toString()}};
    }
    json[QStringLiteral("name")] = m_name->text().trimmed();
    json[QStringLiteral("currency")] =
        m_context.currency().isEmpty() ? QStringLiteral("KES") : m_context.currency();
    json[QStringLiteral("settlement")] = settlement;
    json[QStringLiteral("steps")] = steps;
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

void TariffsPage::updatePreview()
{
    tariff::FileError error;
    const std::optional<tariff::TariffFile> file =
        tariff::TariffFileReader::parse(tariffJson(), &error);
    if (!file) {
        m_preview->setText(tr("Not a valid tariff yet: %1").arg(error.toString()));
        return;
    }
    const std::optional<tariff::Energy> usage = tariff::energyFromText(m_usage->text());
    if (!usage) {
        m_preview->setText(tr("Type the usage in kWh."));
        return;
    }
    const Result<tariff::Charge> charge =
        tariff::quoteEnergy(file->tariff, tariff::Energy(), *usage, file->quoteRate);
    if (!charge.ok()) {
        m_preview->setText(describe(charge.status().code()));
        return;
    }
    QStringList lines;
    for (std::size_t i = 0; i < charge.value().pieceCount; ++i) {
        const tariff::ChargePiece &piece = charge.value().pieces[i];
        lines << tr("step %1: %2 kWh × %3 = %4")
                     .arg(piece.step + 1)
                     .arg(tariff::formatEnergy(piece.energy), tariff::formatPrice(piece.price),
                          tariff::formatMoney(piece.money));
    }
    lines << tr("%1 kWh in a period cost %2 before VAT.")
                 .arg(tariff::formatEnergy(*usage), tariff::formatMoney(charge.value().money));
    if (file->tariff.tou.enabled())
        lines << tr("(with time of use: all of it at the %1 rate, as a quote counts it)")
                     .arg(m_quoteRate->currentText());
    m_preview->setText(lines.join(QLatin1Char('\n')));
}

void TariffsPage::addVersion()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->setText(tr("Name the plan."));
        return;
    }
    TariffPlans plans(m_context.ledger());
    const int version =
        plans.addVersion(*m_context.session(), name, tariffJson(), m_from->dateTime().toUTC());
    m_message->setText(
        version > 0 ? tr("Plan %1 version %2 takes effect %3; meters get it on "
                         "their next purchase card.")
                          .arg(name)
                          .arg(version)
                          .arg(m_from->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    : plans.errorString());
}
