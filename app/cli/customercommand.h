#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `ampcard customer add|import|find`: customers in the station's ledger.
class CustomerCommand {
    Q_DECLARE_TR_FUNCTIONS(CustomerCommand)

public:
    CustomerCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &arguments); // arguments after "customer"
    static QString usage();

private:
    int add(const QStringList &arguments);
    int edit(const QStringList &arguments);
    int import(const QStringList &arguments);
    int find(const QStringList &arguments);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};
