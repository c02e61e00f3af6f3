#pragma once

#include <QList>
#include <QString>

// The currencies the set-up wizard offers: ISO 4217 code, name and minor units (the digits after
// the decimal point the currency is counted in; money itself is kept to 0.0001 everywhere).
struct Currency {
    QString code;
    QString name;
    int minorUnits = 2;
};

const QList<Currency> &currencies();
