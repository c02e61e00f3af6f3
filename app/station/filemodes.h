#pragma once

#include <QString>
#include <QStringList>

// The station's files are its own (DESIGN.md §8, the insider): the ledger, its WAL and shared
// memory, backups, the keystore and its backups are 0600, the folders holding them 0700. What
// is found wider is tightened; the caller audits what `tighten` reports.

namespace ampcard::station::filemodes {

// Tightens `path` (and, for a ledger, its "-wal" and "-shm" files) to 0600 and its folder to
// 0700. Returns one line per file or folder that was wider ("<path>: 0644 -> 0600"), translated.
QStringList tighten(const QString &path);

// 0600 on a file the station just wrote (a backup, a copied keystore); false when it cannot be.
bool restrict(const QString &path);

} // namespace ampcard::station::filemodes
