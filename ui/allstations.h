#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QObject>
#include <QString>

#include "ampcard/station/moneyformat.h"
#include "ampcard/station/reports.h"

class QThread;

namespace ampcard::station {
class Ledger;
class Workstation;
} // namespace ampcard::station

// The Reports page's reports over all stations (docs/network.md "Reports over all stations"):
// offered to a supervisor, administrator or installer of a station that has joined a server. They
// run on the central server through a reporting login (`ampcard server add-reporter`), whose
// URL the station keeps in its settings without the password; the password is asked each time
// and never stored. A report runs on a thread of its own, so the window stays alive while the
// server answers or the connection times out.
class AllStationsReports : public QObject {
    Q_OBJECT

public:
    explicit AllStationsReports(QObject *parent = nullptr);
    ~AllStationsReports() override;

    // Whether the signed-in operator of `context` is offered reports over all stations.
    [[nodiscard]] static bool offered(ampcard::station::Workstation &context);
    // The reporting URL kept in the station's settings (no password), empty before the first.
    [[nodiscard]] static QString server(ampcard::station::Ledger &ledger);
    // Keeps `url` without its password (audited as a settings change); false with `error`.
    static bool keepServer(ampcard::station::Ledger &ledger, const QString &url, QString *error);
    static const QString kServerKey;

    // Runs the central report `name` (CentralReports::byName) at `url` with `password` (none:
    // the URL's own); finished() follows. Refused while one runs.
    bool start(const QString &url, const QString &password, const QString &name,
               const QString &argument, const QDate &from, const QDate &to,
               const std::optional<ampcard::station::MoneyFormat> &money);
    [[nodiscard]] bool running() const { return m_thread != nullptr; }
    // After finished(): the report, or nothing and what went wrong (offline, refused, ...).
    [[nodiscard]] const std::optional<ampcard::station::ReportTable> &result() const
    {
        return m_result;
    }
    [[nodiscard]] QString errorString() const { return m_error; }

signals:
    void finished();

private:
    struct Outcome;
    QThread *m_thread = nullptr;
    std::optional<ampcard::station::ReportTable> m_result;
    QString m_error;
};
