#pragma once

#include <QByteArray>
#include <QString>

// Reads a passphrase from the environment variable `variable` when set, otherwise from the
// terminal without echo. Returns an empty array when neither is available.
QByteArray readPassphrase(const char *variable, const QString &prompt);
