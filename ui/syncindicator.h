#pragma once

#include <QDateTime>
#include <QLabel>
#include <QThread>

#include "ampcard/station/sync.h"

// The status bar's word on network mode (docs/network.md): synced N s ago, offline since …,
// N waiting, or the last error (in the tooltip). It pushes in a thread of its own every
// `interval`, on its own connection to the ledger file, so the counter never waits for the
// network. Hidden on a stand-alone station.
class SyncIndicator : public QLabel {
    Q_OBJECT

public:
    SyncIndicator(const QString &ledgerPath, int intervalMs, QWidget *parent = nullptr);
    ~SyncIndicator() override;

    // The words for `state` at `now`; empty for a station that has not joined a server.
    static QString describe(const ampcard::station::Sync::State &state, const QDateTime &now);

signals:
    void roundDone(); // after each push round, for tests
    // Other stations' plans, fees or operators wait for the station's key (the worker has none).
    void protectedWaiting();

private:
    void showState(const ampcard::station::Sync::State &state);
    QThread m_thread;
};
