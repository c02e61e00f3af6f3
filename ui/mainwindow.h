#pragma once

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QTabWidget;
class DemoMeter;
class SellPage;
class VirtualReader;

namespace ampcard::station {
class Workstation;
}

// The station's window: a page per kind of work, shown by the operator's role (Sell for everyone,
// Accounts for installers and up, Reports, Shift). Locks after inactivity until the operator
// signs in again; a sign-in that brings another language (chosen in Administration) rebuilds the
// pages in it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(ampcard::station::Workstation &context, VirtualReader *virtualReader,
               QWidget *parent = nullptr);

    SellPage *sellPage() const { return m_sell; }
    QTabWidget *pages() const { return m_pages; }
    void setIdleLimit(int milliseconds) { m_idle.setInterval(milliseconds); }
    void refreshStatus();
    // The demo meter window (with the built-in virtual reader only), made on first use.
    DemoMeter *showDemoMeter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lock();
    // Makes the pages and menus in the language in force, replacing those made before.
    void buildPages();
    QWidget *shiftPage();
    QWidget *reportsPage();

    ampcard::station::Workstation &m_context;
    VirtualReader *m_virtual;
    DemoMeter *m_demoMeter = nullptr;
    QTabWidget *m_pages = nullptr;
    SellPage *m_sell = nullptr;
    QString m_language;
    QLabel *m_status;
    QTimer m_idle;
};
