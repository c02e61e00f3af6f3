#include "allstations.h"

#include <QThread>

#include "ampcard/central/pg.h"
#include "ampcard/station/centralreports.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/sync.h"
#include "ampcard/station/workstation.h"

using namespace ampcard;
using namespace ampcard::station;

const QString AllStationsReports::kServerKey = QStringLiteral("network.reportServer");

// What the report's thread hands back; read once the thread has finished.
struct AllStationsReports::Outcome {
    std::optional<ReportTable> table;
    QString error;
};

AllStationsReports::AllStationsReports(QObject *parent) : QObject(parent) {}

AllStationsReports::~AllStationsReports()
{
    // The thread holds nothing of ours but its outcome; it ends with the connection's timeout.
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

bool AllStationsReports::offered(Workstation &context)
{
    // As the station's own reports: a supervisor, administrator or installer, not a cashier.
    const auto &session = context.session();
    return session && session->may(Permission::kViewReports) && session->role() != Role::kCashier &&
           Sync(context.ledger()).joined();
}

QString AllStationsReports::server(Ledger &ledger)
{
    return ledger.setting(kServerKey);
}

bool AllStationsReports::keepServer(Ledger &ledger, const QString &url, QString *error)
{
    const auto bare =
        central::withParameters(url.trimmed(), {}, {QStringLiteral("password")}, error);
    if (!bare)
        return false;
    if (!ledger.setSetting(kServerKey, *bare)) {
        *error = ledger.errorString();
        return false;
    }
    return true;
}

bool AllStationsReports::start(const QString &url, const QString &password, const QString &name,
                               const QString &argument, const QDate &from, const QDate &to,
                               const std::optional<MoneyFormat> &money)
{
    if (m_thread)
        return false;
    m_result.reset();
    m_error.clear();
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([=] {
        QString error;
        QString address = url;
        if (!password.isEmpty()) {
            const auto withPassword =
                central::withParameters(url, {{QStringLiteral("password"), password}}, {}, &error);
            if (!withPassword) {
                outcome->error = error;
                return;
            }
            address = *withPassword;
        }
        central::PgConnection db;
        if (!db.open(address, &error)) {
            outcome->error =
                db.loginRefused()
                    ? tr("The central server refused the login: check the password, or ask for a "
                         "reporting login (ampcard server add-reporter). %1")
                          .arg(error)
                    : tr("The central server cannot be reached: this station is offline or the "
                         "server is down. Its own reports work offline (untick All stations). %1")
                          .arg(error);
            return;
        }
        CentralReports reports(db);
        if (money)
            reports.showMoneyIn(*money);
        outcome->table = reports.byName(name, argument, from, to);
        if (!outcome->table)
            outcome->error = reports.errorString();
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_result = outcome->table;
        m_error = outcome->error;
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
    return true;
}
