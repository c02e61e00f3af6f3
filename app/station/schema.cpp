#include "schema.h"

#include <array>
#include <span>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ampcard::station::schema {

namespace {

// Step n takes a ledger from version n - 1 to n. Steps are never edited once released: a change
// is a new step.
constexpr const char *kStep1[] = {
    "CREATE TABLE settings ("
    " key TEXT PRIMARY KEY,"
    " value TEXT NOT NULL)",

    // The journal of money: append-only, each entry chained to the one before by SHA-256.
    "CREATE TABLE ledger ("
    " seq INTEGER PRIMARY KEY,"
    " id TEXT NOT NULL UNIQUE,"
    " station TEXT NOT NULL,"
    " at TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " reference TEXT NOT NULL,"
    " meter TEXT NOT NULL,"
    " operator TEXT NOT NULL,"
    " amount INTEGER NOT NULL,"
    " energy INTEGER NOT NULL,"
    " detail TEXT NOT NULL,"
    " previous_hash BLOB NOT NULL CHECK (length(previous_hash) = 32),"
    " hash BLOB NOT NULL CHECK (length(hash) = 32))",
    "CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger"
    " BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: correct with a reversal'); END",
    "CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger"
    " BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: correct with a reversal'); END",

    "CREATE TABLE audit_log ("
    " seq INTEGER PRIMARY KEY,"
    " id TEXT NOT NULL UNIQUE,"
    " station TEXT NOT NULL,"
    " at TEXT NOT NULL,"
    " operator TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " subject TEXT NOT NULL,"
    " detail TEXT NOT NULL)",
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
};

constexpr const char *kStep2[] = {
    "CREATE TABLE operators ("
    " id TEXT PRIMARY KEY,"
    " station TEXT NOT NULL,"
    " login TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL,"
    " role TEXT NOT NULL CHECK (role IN ('cashier', 'installer', 'supervisor', 'administrator')),"
    " password TEXT NOT NULL,"
    " failed_sign_ins INTEGER NOT NULL DEFAULT 0,"
    " locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),"
    " created_at TEXT NOT NULL)",
};

constexpr const char *kStep3[] = {
    "CREATE TABLE customers ("
    " id TEXT PRIMARY KEY,"
    " station TEXT NOT NULL,"
    " number TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL,"
    " address TEXT NOT NULL,"
    " phone TEXT NOT NULL,"
    " customer_group TEXT NOT NULL,"
    " created_at TEXT NOT NULL)",
    // Substring search at counter speed: a trigram index kept in step by triggers.
    "CREATE VIRTUAL TABLE customers_search USING fts5("
    " number, name, phone, address, content = 'customers', tokenize = 'trigram')",
    "CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN"
    " INSERT INTO customers_search (rowid, number, name, phone, address)"
    " VALUES (new.rowid, new.number, new.name, new.phone, new.address); END",
    "CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN"
    " INSERT INTO customers_search (customers_search, rowid, number, name, phone, address)"
    " VALUES ('delete', old.rowid, old.number, old.name, old.phone, old.address); END",
    "CREATE TRIGGER customers_search_update AFTER UPDATE ON customers BEGIN"
    " INSERT INTO customers_search (customers_search, rowid, number, name, phone, address)"
    " VALUES ('delete', old.rowid, old.number, old.name, old.phone, old.address);"
    " INSERT INTO customers_search (rowid, number, name, phone, address)"
    " VALUES (new.rowid, new.number, new.name, new.phone, new.address); END",
    "CREATE INDEX customers_name ON customers (name COLLATE NOCASE)",
    "CREATE INDEX customers_phone ON customers (phone)",
};

constexpr const char *kStep4[] = {
    "CREATE TABLE tariff_plans ("
    " id TEXT PRIMARY KEY,"
    " station TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " version INTEGER NOT NULL CHECK (version >= 1),"
    " tariff TEXT NOT NULL,"
    " activates_at TEXT NOT NULL,"
    " created_by TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " UNIQUE (name, version))",
    "CREATE TRIGGER tariff_plans_no_update BEFORE UPDATE ON tariff_plans"
    " BEGIN SELECT RAISE(ABORT, 'a released tariff version is never changed: add a version'); END",
    "CREATE TRIGGER tariff_plans_no_delete BEFORE DELETE ON tariff_plans"
    " BEGIN SELECT RAISE(ABORT, 'a released tariff version is never removed'); END",
    "CREATE TABLE plan_assignments ("
    " customer_group TEXT PRIMARY KEY,"
    " plan TEXT NOT NULL,"
    " assigned_by TEXT NOT NULL,"
    " assigned_at TEXT NOT NULL)",
};

constexpr const char *kStep5[] = {
    "CREATE TABLE meters ("
    " id TEXT PRIMARY KEY,"
    " station TEXT NOT NULL,"
    " number TEXT NOT NULL UNIQUE CHECK (length(number) = 12 AND number NOT GLOB '*[^0-9]*'),"
    " customer_id TEXT NOT NULL REFERENCES customers (id),"
    " phases INTEGER NOT NULL CHECK (phases IN (1, 3)),"
    " key_version INTEGER NOT NULL CHECK (key_version BETWEEN 1 AND 255),"
    " tariff_plan TEXT NOT NULL,"
    " status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'removed')),"
    " last_sequence INTEGER NOT NULL DEFAULT 0 CHECK (last_sequence >= 0),"
    " created_at TEXT NOT NULL)",
    "CREATE INDEX meters_customer ON meters (customer_id)",
};

constexpr const char *kStep6[] = {
    "CREATE TABLE cards ("
    " id TEXT PRIMARY KEY,"
    " station TEXT NOT NULL,"
    " serial INTEGER NOT NULL UNIQUE CHECK (serial > 0),"
    " kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 7),"
    " meter_id TEXT REFERENCES meters (id),"
    " state TEXT NOT NULL CHECK (state IN ('active', 'blacklisted')),"
    " reason TEXT NOT NULL,"
    " issued_by TEXT NOT NULL,"
    " issued_at TEXT NOT NULL)",
    "CREATE INDEX cards_meter ON cards (meter_id)",
    // One active user card per meter: a replacement blacklists the old one first.
    ("CREATE UNIQUE INDEX cards_one_user_card ON cards (meter_id) WHERE kind = 1 AND state = "
     "'active'"),
};

constexpr const char *kStep7[] = {
    // Arrears the account owes (preset credit the meter ran on, old bills), recovered from sales.
    "ALTER TABLE meters ADD COLUMN debt INTEGER NOT NULL DEFAULT 0 CHECK (debt >= 0)",

    "CREATE TABLE shifts ("
    " id TEXT PRIMARY KEY,"
    " station TEXT NOT NULL,"
    " operator TEXT NOT NULL,"
    " opened_at TEXT NOT NULL,"
    " closed_at TEXT,"
    " closed_by TEXT,"
    " z_report TEXT,"
    " z_hash TEXT,"
    " sealed_at TEXT)",
    "CREATE UNIQUE INDEX shifts_one_open ON shifts (operator) WHERE closed_at IS NULL",
    // A printed close-out report is sealed: nothing about the shift changes after that.
    "CREATE TRIGGER shifts_sealed BEFORE UPDATE ON shifts WHEN old.sealed_at IS NOT NULL"
    " BEGIN SELECT RAISE(ABORT, 'a sealed shift report is never changed'); END",
    "CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts"
    " BEGIN SELECT RAISE(ABORT, 'shifts are never removed'); END",

    // Every record written to a user card: purchases, account openings, replacements and the
    // cancellations that void a purchase on the card. A row is pending until the card is read
    // back; the money of a completed row is in the journal (ledger_seq).
    "CREATE TABLE sales ("
    " id TEXT PRIMARY KEY,"
    " station TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('purchase', 'opening', 'replacement', 'cancel')),"
    " state TEXT NOT NULL CHECK (state IN ('pending', 'complete', 'void', 'cancelled')),"
    " meter_id TEXT NOT NULL REFERENCES meters (id),"
    " card_serial INTEGER NOT NULL,"
    " sequence INTEGER NOT NULL CHECK (sequence > 0),"
    " reference TEXT NOT NULL,"
    " paid INTEGER NOT NULL,"
    " fixed_charge INTEGER NOT NULL,"
    " debt_recovered INTEGER NOT NULL,"
    " vat INTEGER NOT NULL,"
    " credit INTEGER NOT NULL,"
    " energy INTEGER NOT NULL,"
    " token_amount INTEGER NOT NULL CHECK (token_amount >= 0),"
    " token_time INTEGER NOT NULL,"
    " receipt TEXT NOT NULL,"
    " operator TEXT NOT NULL,"
    " shift_id TEXT REFERENCES shifts (id),"
    " created_at TEXT NOT NULL,"
    " resolved_at TEXT,"
    " ledger_seq INTEGER)",
    "CREATE INDEX sales_meter ON sales (meter_id, sequence)",
    "CREATE INDEX sales_pending ON sales (card_serial) WHERE state = 'pending'",
    "CREATE INDEX sales_shift ON sales (shift_id)",
    "CREATE INDEX sales_created ON sales (created_at)",
    "CREATE INDEX sales_operator ON sales (operator, created_at)",

    // What meters wrote back on the cards the station read: consumption and the signs of theft.
    "CREATE TABLE return_records ("
    " id TEXT PRIMARY KEY,"
    " station TEXT NOT NULL,"
    " meter_id TEXT NOT NULL REFERENCES meters (id),"
    " card_serial INTEGER NOT NULL,"
    " read_at TEXT NOT NULL,"
    " meter_time INTEGER NOT NULL,"
    " remaining INTEGER NOT NULL,"
    " forward INTEGER NOT NULL,"
    " reverse INTEGER NOT NULL,"
    " period_usage INTEGER NOT NULL,"
    " last_sequence INTEGER NOT NULL,"
    " purchase_count INTEGER NOT NULL,"
    " status_word INTEGER NOT NULL,"
    " fault_word INTEGER NOT NULL,"
    " illegal_cards INTEGER NOT NULL,"
    " tamper_events INTEGER NOT NULL,"
    " power_failures INTEGER NOT NULL,"
    " reverse_minutes INTEGER NOT NULL,"
    " active_tariff INTEGER NOT NULL,"
    " UNIQUE (meter_id, meter_time, purchase_count))",

    // Function cards written: what, for which meter, by whom.
    "CREATE TABLE function_card_issues ("
    " id TEXT PRIMARY KEY,"
    " station TEXT NOT NULL,"
    " card_serial INTEGER NOT NULL,"
    " kind INTEGER NOT NULL CHECK (kind BETWEEN 2 AND 7),"
    " meter_id TEXT NOT NULL REFERENCES meters (id),"
    " sequence INTEGER NOT NULL,"
    " detail TEXT NOT NULL,"
    " operator TEXT NOT NULL,"
    " at TEXT NOT NULL)",
    "CREATE TRIGGER function_card_issues_no_update BEFORE UPDATE ON function_card_issues"
    " BEGIN SELECT RAISE(ABORT, 'card issues are never changed'); END",
};

// Meter change: a faulty or removed meter's account moves to a new meter, with the credit left
// on the old one. SQLite cannot alter a CHECK, so the sales table is rebuilt with the new kind.
constexpr const char *kStep8[] = {
    "CREATE TABLE sales_8 ("
    " id TEXT PRIMARY KEY,"
    " station TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('purchase', 'opening', 'replacement', 'cancel',"
    " 'meter-change')),"
    " state TEXT NOT NULL CHECK (state IN ('pending', 'complete', 'void', 'cancelled')),"
    " meter_id TEXT NOT NULL REFERENCES meters (id),"
    " card_serial INTEGER NOT NULL,"
    " sequence INTEGER NOT NULL CHECK (sequence > 0),"
    " reference TEXT NOT NULL,"
    " paid INTEGER NOT NULL,"
    " fixed_charge INTEGER NOT NULL,"
    " debt_recovered INTEGER NOT NULL,"
    " vat INTEGER NOT NULL,"
    " credit INTEGER NOT NULL,"
    " energy INTEGER NOT NULL,"
    " token_amount INTEGER NOT NULL CHECK (token_amount >= 0),"
    " token_time INTEGER NOT NULL,"
    " receipt TEXT NOT NULL,"
    " operator TEXT NOT NULL,"
    " shift_id TEXT REFERENCES shifts (id),"
    " created_at TEXT NOT NULL,"
    " resolved_at TEXT,"
    " ledger_seq INTEGER)",
    "INSERT INTO sales_8 SELECT * FROM sales",
    "DROP TABLE sales",
    "ALTER TABLE sales_8 RENAME TO sales",
    "CREATE INDEX sales_meter ON sales (meter_id, sequence)",
    "CREATE INDEX sales_pending ON sales (card_serial) WHERE state = 'pending'",
    "CREATE INDEX sales_shift ON sales (shift_id)",
    "CREATE INDEX sales_created ON sales (created_at)",
    "CREATE INDEX sales_operator ON sales (operator, created_at)",
    // The meter an account moved to, on the removed meter.
    "ALTER TABLE meters ADD COLUMN replaced_by TEXT NOT NULL DEFAULT ''",
};

// The sale protocol settled on the meter's proof (DESIGN.md §5): each token's proof, the credit
// the meter loaded as its return records say, and what the station must learn from a meter before
// it sells to it again. Rows completed before this step are taken as loaded, as the old rule did.
constexpr const char *kStep9[] = {
    ("ALTER TABLE sales ADD COLUMN proof TEXT NOT NULL DEFAULT ''"
     " CHECK (proof IN ('', 'loaded', 'carried', 'superseded'))"),
    "ALTER TABLE sales ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    "UPDATE sales SET proof = 'loaded' WHERE state = 'complete' AND kind <> 'cancel'",
    "UPDATE sales SET proof = 'superseded' WHERE state = 'cancelled'",
    "ALTER TABLE return_records ADD COLUMN credit_loaded INTEGER",
    // The meter's return counter (the seal's salt): what orders its records, whatever its clock.
    "ALTER TABLE return_records ADD COLUMN seal_counter INTEGER",
    // Credit and loads a meter proved that no token of this ledger explains.
    "ALTER TABLE meters ADD COLUMN unknown_credit INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE meters ADD COLUMN unknown_loads INTEGER NOT NULL DEFAULT 0",
    // Set by a restore: the ledger may not know the meter's newest sequence, so its next token
    // jumps past anything the lost ledger could have issued; restore_gap_from is where it jumped
    // from (tokens above it and below the jump may exist that this ledger never saw).
    "ALTER TABLE meters ADD COLUMN sequence_unknown_since TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE meters ADD COLUMN restore_gap_from INTEGER NOT NULL DEFAULT 0",
};

// The ledger against insiders (docs/station.md, "The keyed chain"): journal entries sealed with
// HMAC-SHA256 under a key only the keystore yields (keyed = 1; older entries keep their plain
// SHA-256 link), the audit log chained the same way, each protected change (operators, settings,
// tariffs) sealing a digest of the protected tables in its audit line, and the sales rows found
// from their journal entries.
constexpr const char *kStep10[] = {
    "ALTER TABLE ledger ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0 CHECK (keyed IN (0, 1))",
    "ALTER TABLE audit_log ADD COLUMN previous_hash BLOB",
    "ALTER TABLE audit_log ADD COLUMN hash BLOB",
    "ALTER TABLE audit_log ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0 CHECK (keyed IN (0, 1))",
    "ALTER TABLE audit_log ADD COLUMN state BLOB",
    "CREATE INDEX sales_journal ON sales (ledger_seq) WHERE ledger_seq IS NOT NULL",
    "CREATE INDEX ledger_at ON ledger (at)",
    "CREATE INDEX sales_cancels ON sales (reference) WHERE kind = 'cancel'",
    // The newest sealed state, found at every sign-in without walking the audit log.
    "CREATE INDEX audit_states ON audit_log (seq) WHERE state IS NOT NULL",
};

// Network mode (docs/network.md): what waits to be pushed to the central server. A journal entry
// or audit line enters the outbox in the transaction that writes it, once the station has joined
// a server (settings "network.station"); the sync worker removes what the server accepted.
constexpr const char *kStep11[] = {
    "CREATE TABLE outbox ("
    " seq INTEGER PRIMARY KEY,"
    " chain TEXT NOT NULL CHECK (chain IN ('journal', 'audit')),"
    " entry INTEGER NOT NULL,"
    " UNIQUE (chain, entry))",
    "CREATE TRIGGER outbox_journal AFTER INSERT ON ledger"
    " WHEN (SELECT value FROM settings WHERE key = 'network.station') IS NOT NULL"
    " BEGIN INSERT INTO outbox (chain, entry) VALUES ('journal', NEW.seq); END",
    "CREATE TRIGGER outbox_audit AFTER INSERT ON audit_log"
    " WHEN (SELECT value FROM settings WHERE key = 'network.station') IS NOT NULL"
    " BEGIN INSERT INTO outbox (chain, entry) VALUES ('audit', NEW.seq); END",
    // The sync worker's own notes (last success, last error): not station settings, so not
    // sealed or audited at every round.
    "CREATE TABLE sync_status ("
    " key TEXT PRIMARY KEY,"
    " value TEXT NOT NULL)",
};

// Network mode's reference data (docs/network.md "Reference data"): each change this station
// makes to a customer, meter, card, tariff plan, plan assignment, fee rule or operator waits in
// reference_outbox to be pushed, once the station has joined a server. What the sync worker
// applies from the server (sync_status "applying" set for its transaction) does not go back.
// A meter's sale state (sequence, debt, proven credit) is the station's own and is not shared.
#define AMPCARD_JOINED                                                                             \
    " WHEN (SELECT value FROM settings WHERE key = 'network.station') IS NOT NULL"                 \
    " AND (SELECT value FROM sync_status WHERE key = 'applying') IS NULL"
constexpr const char *kStep12[] = {
    // AUTOINCREMENT: a seq is never used twice, even after the outbox was emptied; the server
    // takes a record once per ledger id and seq.
    "CREATE TABLE reference_outbox ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " kind TEXT NOT NULL CHECK (kind IN ('customer', 'meter', 'card', 'plan', 'assignment',"
    " 'fee', 'operator')),"
    " key TEXT NOT NULL)",
    "CREATE TRIGGER reference_customer_insert AFTER INSERT ON customers" AMPCARD_JOINED
    " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('customer', NEW.id); END",
    "CREATE TRIGGER reference_customer_update AFTER UPDATE ON customers" AMPCARD_JOINED
    " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('customer', NEW.id); END",
    "CREATE TRIGGER reference_meter_insert AFTER INSERT ON meters" AMPCARD_JOINED
    " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('meter', NEW.id); END",
    ("CREATE TRIGGER reference_meter_update AFTER UPDATE OF number, customer_id, phases,"
     " key_version, tariff_plan, status, replaced_by ON meters" AMPCARD_JOINED
     " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('meter', NEW.id); END"),
    "CREATE TRIGGER reference_card_insert AFTER INSERT ON cards" AMPCARD_JOINED
    " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('card', NEW.id); END",
    "CREATE TRIGGER reference_card_update AFTER UPDATE ON cards" AMPCARD_JOINED
    " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('card', NEW.id); END",
    "CREATE TRIGGER reference_plan_insert AFTER INSERT ON tariff_plans" AMPCARD_JOINED
    " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('plan', NEW.id); END",
    "CREATE TRIGGER reference_assignment_insert AFTER INSERT ON plan_assignments" AMPCARD_JOINED
    " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('assignment', NEW.customer_group);"
    " END",
    "CREATE TRIGGER reference_assignment_update AFTER UPDATE ON plan_assignments" AMPCARD_JOINED
    " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('assignment', NEW.customer_group);"
    " END",
    "CREATE TRIGGER reference_operator_insert AFTER INSERT ON operators" AMPCARD_JOINED
    " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('operator', NEW.id); END",
    ("CREATE TRIGGER reference_operator_update AFTER UPDATE OF login, name, role, password"
     " ON operators" AMPCARD_JOINED
     " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('operator', NEW.id); END"),
    ("CREATE TRIGGER reference_fee_insert AFTER INSERT ON settings" AMPCARD_JOINED
     " AND NEW.key = 'fees'"
     " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('fee', NEW.key); END"),
    ("CREATE TRIGGER reference_fee_update AFTER UPDATE ON settings" AMPCARD_JOINED
     " AND NEW.key = 'fees'"
     " BEGIN INSERT INTO reference_outbox (kind, key) VALUES ('fee', NEW.key); END"),
    // Records of this station the server refused because another station's record holds their
    // number (the same meter opened at two stations): kept for a supervisor to settle.
    "CREATE TABLE reference_clashes ("
    " revision INTEGER PRIMARY KEY,"
    " kind TEXT NOT NULL,"
    " key TEXT NOT NULL,"
    " natural_key TEXT NOT NULL,"
    " clash_with INTEGER NOT NULL,"
    " other_station INTEGER NOT NULL,"
    // 'refused': this station's record, refused by the server; 'not-applied': another
    // station's record this ledger could not take (it holds its own record with the number).
    " side TEXT NOT NULL CHECK (side IN ('refused', 'not-applied')),"
    " noted_at TEXT NOT NULL)",
};
#undef AMPCARD_JOINED

constexpr std::array<std::span<const char *const>, 12> kSteps = {kStep1, kStep2,  kStep3,  kStep4,
                                                                 kStep5, kStep6,  kStep7,  kStep8,
                                                                 kStep9, kStep10, kStep11, kStep12};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

int currentVersion()
{
    return static_cast<int>(kSteps.size());
}

int versionOf(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase &db, int from, QString *error)
{
    for (int version = from; version < currentVersion(); ++version) {
        for (const char *sql : kSteps[static_cast<std::size_t>(version)]) {
            if (!exec(db, QString::fromLatin1(sql), error))
                return false;
        }
        if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error))
            return false;
    }
    return true;
}

} // namespace ampcard::station::schema
