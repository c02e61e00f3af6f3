#include "syncindicator.h"

#include <QTimer>

#include "ampcard/station/ledger.h"

using ampcard::station::Ledger;
using ampcard::station::Sync;

namespace {

// Lives in the indicator's thread: a push round every interval, each on a fresh connection to
// the ledger file (a restore may have replaced it).
class SyncWorker : public QObject {
    Q_OBJECT

public:
    SyncWorker(QString path, int intervalMs) : m_path(std::move(path)), m_interval(intervalMs) {}

    void start()
    {
        auto *timer = new QTimer(this);
        timer->setInterval(m_interval);
        connect(timer, &QTimer::timeout, this, &SyncWorker::round);
        timer->start();
        round();
    }

signals:
    void state(const ampcard::station::Sync::State &state);

private:
    void round()
    {
        Ledger ledger;
        if (!ledger.open(m_path, false))
            return;
        Sync sync(ledger);
        if (sync.joined()) {
            Sync::Round done;
            QString error;
            (void)sync.push(&done, &error); // the error is kept in the state
        }
        emit state(sync.state());
    }

    QString m_path;
    int m_interval;
};

} // namespace

SyncIndicator::SyncIndicator(const QString &ledgerPath, int intervalMs, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setVisible(false);
    qRegisterMetaType<Sync::State>("ampcard::station::Sync::State");
    auto *worker = new SyncWorker(ledgerPath, intervalMs);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::state, this, &SyncIndicator::showState);
    m_thread.start();
}

SyncIndicator::~SyncIndicator()
{
    m_thread.quit();
    m_thread.wait();
}

QString SyncIndicator::describe(const Sync::State &state, const QDateTime &now)
{
    if (!state.joined)
        return {};
    const bool failing = !state.lastError.isEmpty() &&
                         (!state.lastSuccess.isValid() || state.lastErrorAt > state.lastSuccess);
    QString text;
    if (failing && state.lastSuccess.isValid()) {
        // The time alone today; the date too once the link has been down since an earlier day.
        const QDateTime since = state.lastSuccess.toLocalTime();
        text = tr("Offline since %1")
                   .arg(since.date() == now.toLocalTime().date()
                            ? QLocale().toString(since.time(), QLocale::ShortFormat)
                            : QLocale().toString(since, QLocale::ShortFormat));
    } else if (failing)
        text = tr("Not synced yet");
    else
        text = tr("Synced %1 s ago").arg(state.lastSuccess.secsTo(now));
    if (state.waiting > 0)
        text += tr(" · %n waiting", nullptr, static_cast<int>(state.waiting));
    return text;
}

void SyncIndicator::showState(const Sync::State &state)
{
    setText(describe(state, QDateTime::currentDateTimeUtc()));
    setToolTip(state.lastError);
    setVisible(state.joined);
    if (state.protectedWaiting > 0)
        emit protectedWaiting();
    emit roundDone();
}

#include "syncindicator.moc"
