#pragma once

#include <QSqlDatabase>
#include <QString>

// The ledger's schema, declared once: the steps from version 0 to the current one.

namespace ampcard::station::schema {

// The version this program writes; a file with a higher one is refused.
int currentVersion();
// The file's version (PRAGMA user_version); -1 when the file cannot be read as SQLite.
int versionOf(QSqlDatabase &db, QString *error);
// Runs the steps from the file's version to the current one inside the caller's transaction.
bool migrate(QSqlDatabase &db, int from, QString *error);

} // namespace ampcard::station::schema
