#include "cardspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ampcard/cardio/cardnames.h"
#include "ampcard/cardio/cardreport.h"
#include "ampcard/station/cards.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"
#include "ampcard/station/workstation.h"
#include "language.h"

using namespace ampcard;
using namespace ampcard::station;

CardsPage::CardsPage(Workstation &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_view(new QPlainTextEdit(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("cardsPage"));
    m_view->setReadOnly(true);
    m_view->setFont(QFont(QStringLiteral("monospace")));
    m_message->setWordWrap(true);
    auto *read = new QPushButton(tr("&Read the card in the reader"), this);
    read->setObjectName(QStringLiteral("readAnyCard"));
    auto *left = new QVBoxLayout;
    left->addWidget(read);
    left->addWidget(m_view, 1);
    left->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    if (context.session() && context.session()->may(Permission::kIssueFunctionCard))
        layout->addWidget(issueBox(), 2);
    connect(read, &QPushButton::clicked, this, &CardsPage::readCard);
}

QString CardsPage::shown() const
{
    return m_view->toPlainText();
}

QString CardsPage::message() const
{
    return m_message->text();
}

void CardsPage::readCard()
{
    cardio::ApduChannel *channel = m_context.channel();
    if (!channel) {
        m_message->setText(tr("Cannot use the card reader: %1").arg(m_context.errorString()));
        return;
    }
    cardio::CardService service(*channel);
    cardio::CardContents contents;
    if (const Status status = service.read(contents); !status.ok()) {
        m_message->setText(tr("Cannot read the card: %1").arg(describe(status.code())));
        return;
    }
    bool allValid = true;
    const QJsonObject json = cardio::CardReport::describe(contents, m_context.keys(), &allValid);
    QString text = cardio::CardReport::text(json);
    const std::optional<CardRecord> record = Cards(m_context.ledger()).bySerial(contents.id.serial);
    text +=
        QLatin1Char('\n') +
        (record ? tr("In the ledger: %1, %2%3%4")
                      .arg(cardio::CardNames::kindLabel(static_cast<card::CardKind>(record->kind)),
                           record->state,
                           record->meterNumber.isEmpty()
                               ? QString()
                               : tr(", meter %1").arg(language::ltr(record->meterNumber)),
                           record->reason.isEmpty() ? QString()
                                                    : QStringLiteral(" (%1)").arg(record->reason))
                : tr("In the ledger: never issued by this station's utility ledger."));
    m_view->setPlainText(text);
    m_message->setText(allValid ? tr("Every record on the card verifies.")
                                : tr("A record on this card does not verify: keep the card and "
                                     "report it."));
}

QWidget *CardsPage::issueBox()
{
    auto *box = new QGroupBox(tr("Issue a function card (that kind of card in the reader)"), this);
    auto *kind = new QComboBox(box);
    kind->setObjectName(QStringLiteral("functionKind"));
    const card::CardKind kinds[] = {card::CardKind::kCheck,     card::CardKind::kParameter,
                                    card::CardKind::kClear,     card::CardKind::kRelayTest,
                                    card::CardKind::kKeyChange, card::CardKind::kPreset};
    for (card::CardKind each : kinds)
        kind->addItem(cardio::CardNames::kindLabel(each), static_cast<int>(each));
    auto *meter = new QLineEdit(box);
    meter->setObjectName(QStringLiteral("functionMeter"));
    meter->setInputMask(QStringLiteral("999999999999;_"));
    language::keepLeftToRight({meter});
    auto *tariff = new QCheckBox(tr("with the meter's tariff plan"), box);
    auto *preset = new QLineEdit(box);
    preset->setPlaceholderText(QStringLiteral("0.00"));
    auto *keyVersion = new QSpinBox(box);
    keyVersion->setRange(1, 255);
    keyVersion->setValue(2);
    auto *write = new QPushButton(tr("&Write the function card"), box);
    write->setObjectName(QStringLiteral("issueFunction"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Meter number:"), meter);
    form->addRow(tariff);
    form->addRow(tr("&Preset credit:"), preset);
    form->addRow(tr("New key &version:"), keyVersion);
    form->addRow(write);
    connect(write, &QPushButton::clicked, this, [=, this] {
        FunctionCardRequest request;
        request.kind = static_cast<card::CardKind>(kind->currentData().toInt());
        request.meterNumber = meter->text().trimmed();
        request.sendTariff = tariff->isChecked();
        request.newKeyVersion = static_cast<std::uint8_t>(keyVersion->value());
        if (!preset->text().trimmed().isEmpty()) {
            const auto amount = tariff::moneyFromText(preset->text());
            if (!amount) {
                m_message->setText(tr("The preset credit is an amount such as 40.00."));
                return;
            }
            request.presetAmount = *amount;
        }
        CardDesk *desk = m_context.desk();
        if (!desk) {
            m_message->setText(tr("Cannot use the card reader: %1").arg(m_context.errorString()));
            return;
        }
        const auto issue = desk->issueFunctionCard(*m_context.session(), request);
        m_message->setText(issue ? tr("%1 written for meter %2.")
                                       .arg(kind->currentText(), language::ltr(request.meterNumber))
                                 : desk->errorString());
    });
    return box;
}
