#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace ampcard::station {
class Workstation;
}

// Any card in the reader, shown whole (EF_ID, the issue record and its token, the meter's return
// record, each verified), with what the ledger knows of it; and function cards issued by
// permission: check, parameter, clear, relay test, key change, preset.
class CardsPage : public QWidget {
    Q_OBJECT

public:
    explicit CardsPage(ampcard::station::Workstation &context, QWidget *parent = nullptr);
    [[nodiscard]] QString shown() const;
    [[nodiscard]] QString message() const;

public slots:
    void readCard();

private:
    QWidget *issueBox();

    ampcard::station::Workstation &m_context;
    QPlainTextEdit *m_view;
    QLabel *m_message;
};
