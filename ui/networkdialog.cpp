#include "networkdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTreeWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ampcard/station/ledger.h"
#include "ampcard/station/sync.h"
#include "ampcard/station/workstation.h"
#include "ampcard/tariff/tarifffile.h"
#include "syncindicator.h"

using namespace ampcard::station;

NetworkDialog::NetworkDialog(Workstation &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_state(new QLabel(this)), m_message(new QLabel(this)),
      m_server(new QLineEdit(this)), m_station(new QSpinBox(this)), m_password(new QLineEdit(this)),
      m_ca(new QLineEdit(this)), m_join(new QPushButton(tr("&Join"), this)),
      m_sync(new QPushButton(tr("&Sync now"), this)), m_clashes(new QTreeWidget(this))
{
    setWindowTitle(tr("Network"));
    setObjectName(QStringLiteral("networkDialog"));
    m_state->setObjectName(QStringLiteral("networkState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("networkMessage"));
    m_message->setWordWrap(true);
    m_server->setObjectName(QStringLiteral("networkServer"));
    m_server->setPlaceholderText(tr("the URL printed by ampcard server add-station"));
    m_station->setObjectName(QStringLiteral("networkStation"));
    m_station->setRange(1, 9999);
    m_password->setObjectName(QStringLiteral("networkPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("when the URL holds none"));
    m_ca->setObjectName(QStringLiteral("networkCa"));
    m_ca->setPlaceholderText(tr("the utility's CA certificate, when the URL names none"));
    m_join->setObjectName(QStringLiteral("networkJoin"));
    m_sync->setObjectName(QStringLiteral("networkSync"));
    for (QLineEdit *edit : {m_server, m_ca})
        edit->setLayoutDirection(Qt::LeftToRight);
    m_clashes->setObjectName(QStringLiteral("networkClashes"));
    m_clashes->setRootIsDecorated(false);
    m_clashes->setHeaderLabels(
        {tr("Record"), tr("Number"), tr("Other station"), tr("What happened")});
    m_clashes->setToolTip(tr("The same number made at two stations: the first one to reach the "
                             "server holds it. Settle each with the other station."));
    m_clashes->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Se&rver:"), m_server);
    form->addRow(tr("S&tation number:"), m_station);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&CA file:"), m_ca);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_join, QDialogButtonBox::ActionRole);
    buttons->addButton(m_sync, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_join, &QPushButton::clicked, this, &NetworkDialog::join);
    connect(m_sync, &QPushButton::clicked, this, &NetworkDialog::syncNow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addWidget(m_clashes);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    refresh();
}

QString NetworkDialog::message() const
{
    return m_message->text();
}

void NetworkDialog::refresh()
{
    const Sync sync(m_context.ledger());
    const Sync::State state = sync.state();
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_server, m_station, m_password, m_ca, m_join})
        field->setEnabled(!state.joined);
    m_sync->setEnabled(state.joined);
    if (!state.joined) {
        m_state->setText(tr("This station sells on its own ledger only (stand-alone)."));
        return;
    }
    const std::optional<qint64> left = sync.floatLeftNow();
    m_state->setText(
        tr("Station %1 of %2\nFloat left: %3\n%4\nLast error: %5")
            .arg(state.station)
            .arg(state.server.section(QLatin1Char(' '), 0, 0),
                 left ? ampcard::tariff::formatMoney(ampcard::tariff::Money::fromRaw(*left))
                      : QString(),
                 SyncIndicator::describe(state, QDateTime::currentDateTimeUtc()),
                 state.lastError.isEmpty() ? tr("none") : state.lastError));
    m_clashes->clear();
    for (const Sync::Clash &clash : sync.clashes()) {
        auto *item = new QTreeWidgetItem(m_clashes);
        item->setText(0, clash.kind);
        item->setText(1, clash.naturalKey);
        item->setText(2, QString::number(clash.otherStation));
        item->setText(3, clash.refused ? tr("refused by the server: the other station's holds it")
                                       : tr("the other station's not taken: this one has its own"));
    }
    m_clashes->setVisible(m_clashes->topLevelItemCount() > 0);
}

bool NetworkDialog::join()
{
    const auto &session = m_context.session();
    if (!session || !session->may(Permission::kManageKeys)) {
        m_message->setText(tr("Only an administrator joins the station to a server."));
        return false;
    }
    QString url = m_server->text().trimmed();
    if (!m_ca->text().trimmed().isEmpty())
        url += QStringLiteral(" sslrootcert='%1'").arg(m_ca->text().trimmed());
    Sync sync(m_context.ledger());
    QString error;
    if (!sync.join(url, m_password->text(), m_station->value(), session->login(), &error)) {
        m_message->setText(tr("Cannot join the server: %1").arg(error));
        return false;
    }
    m_password->clear();
    Sync::Round round;
    if (!sync.push(&round, &error))
        m_message->setText(
            tr("Joined, but the upload stopped (%1). It goes on by itself.").arg(error));
    else
        m_message->setText(tr("Joined as station %1; %2 journal entries and %3 audit lines sent.")
                               .arg(m_station->value())
                               .arg(round.journal)
                               .arg(round.audit));
    refresh();
    return true;
}

bool NetworkDialog::syncNow()
{
    Sync sync(m_context.ledger());
    Sync::Round round;
    QString error;
    const bool pushed = sync.push(&round, &error);
    m_message->setText(
        pushed ? tr("Sent %1 journal entries and %2 audit lines; %3 records sent, %4 taken from "
                    "other stations.")
                     .arg(round.journal)
                     .arg(round.audit)
                     .arg(round.referencePushed)
                     .arg(round.referencePulled)
               : tr("The push stopped: %1").arg(error));
    refresh();
    return pushed;
}
