#include "receiptfinder.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include "ampcard/station/receiptdocument.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/workstation.h"
#include "receiptprinter.h"

using namespace ampcard::station;

ReceiptFinder::ReceiptFinder(Workstation &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_code(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("receiptFinder"));
    m_code->setObjectName(QStringLiteral("findReceipt"));
    m_code->setPlaceholderText(tr("scan the receipt's QR code, or type its number"));
    m_text->setObjectName(QStringLiteral("foundReceipt"));
    m_text->setReadOnly(true);
    m_text->setFont(QFont(QStringLiteral("monospace")));
    m_text->hide(); // until a receipt is found
    m_message->hide();
    m_message->setObjectName(QStringLiteral("findReceiptMessage"));
    m_message->setWordWrap(true);
    auto *label = new QLabel(tr("&Find receipt:"), this);
    label->setBuddy(m_code);
    auto *open = new QPushButton(tr("&Open"), this);
    auto *print = new QPushButton(tr("Print a&gain"), this);
    print->setObjectName(QStringLiteral("printFoundReceipt"));
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_code, 1);
    row->addWidget(open);
    row->addWidget(print);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_text, 1);
    connect(m_code, &QLineEdit::returnPressed, this, &ReceiptFinder::find);
    connect(open, &QPushButton::clicked, this, &ReceiptFinder::find);
    connect(print, &QPushButton::clicked, this, &ReceiptFinder::printAgain);
    auto *reprint = new QShortcut(QKeySequence::Print, this);
    reprint->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reprint, &QShortcut::activated, this, &ReceiptFinder::printAgain);
}

QString ReceiptFinder::message() const
{
    return m_message->text();
}

void ReceiptFinder::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
}

void ReceiptFinder::find()
{
    if (!m_context.session())
        return;
    Reports reports(m_context.ledger());
    const std::optional<QJsonObject> found = reports.receipt(*m_context.session(), m_code->text());
    if (!found) {
        say(reports.errorString(), true);
        m_code->selectAll();
        return;
    }
    m_receipt = found;
    m_text->show();
    m_text->setPlainText(
        receiptText(*found, receiptStyle(m_context.utilityName(), m_context.currency())));
    say(tr("Receipt %1. Ctrl+P prints it again.")
            .arg(found->value(QStringLiteral("sale")).toString()),
        false);
    m_code->clear();
}

void ReceiptFinder::printAgain()
{
    if (!m_receipt)
        return;
    QString problem;
    if (ReceiptPrinter::toConfigured(
            *m_receipt, receiptStyle(m_context.utilityName(), m_context.currency()), &problem))
        say(tr("The receipt was printed again."), false);
    else
        say(tr("The receipt did not print: %1").arg(problem), true);
}
