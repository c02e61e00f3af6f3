#include "ampcard/central/centralschema.h"

#include <array>
#include <span>

#include "ampcard/central/pg.h"

namespace ampcard::central {

namespace {

// Run once per database before the steps; safe to repeat. The roles are cluster-wide.
constexpr const char *kBootstrap = R"SQL(
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ampcard_owner') THEN
        CREATE ROLE ampcard_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ampcard_station') THEN
        CREATE ROLE ampcard_station NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ampcard_report') THEN
        CREATE ROLE ampcard_report NOLOGIN;
    END IF;
    IF NOT pg_has_role(current_user, 'ampcard_owner', 'MEMBER') THEN
        EXECUTE format('GRANT ampcard_owner TO %I', current_user);
    END IF;
END
$$;
-- Nothing a station could fill the server's disk with outside its rows: no large objects, no
-- temporary tables (only a superuser may take these from PUBLIC; `server init` says so otherwise).
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        REVOKE EXECUTE ON FUNCTION pg_catalog.lo_create(oid), pg_catalog.lo_creat(integer),
            pg_catalog.lo_from_bytea(oid, bytea) FROM PUBLIC;
        EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    END IF;
END
$$;
CREATE SCHEMA IF NOT EXISTS ampcard AUTHORIZATION ampcard_owner;
REVOKE ALL ON SCHEMA ampcard FROM PUBLIC;
GRANT USAGE ON SCHEMA ampcard TO ampcard_station, ampcard_report;
)SQL";

// Step n takes the schema from version n - 1 to n; a released step is never edited. Each runs
// as ampcard_owner, so the owner owns what it creates.
constexpr const char *kStep1 = R"SQL(
CREATE TABLE ampcard.schema_version (version integer NOT NULL);
INSERT INTO ampcard.schema_version VALUES (0);

-- One row per station: its login role, its vendor float and the heads of its two chains.
CREATE TABLE ampcard.stations (
    station integer PRIMARY KEY CHECK (station > 0),
    role_name name NOT NULL UNIQUE,
    ledger_id text,
    history_seq bigint NOT NULL DEFAULT 0, -- the journal head when the station joined
    float_seen bigint NOT NULL DEFAULT 0,  -- the float the station last heard of
    created_at timestamptz NOT NULL DEFAULT now(),
    float_granted bigint NOT NULL DEFAULT 0 CHECK (float_granted >= 0),
    float_used bigint NOT NULL DEFAULT 0,
    journal_seq bigint NOT NULL DEFAULT 0,
    journal_hash bytea,
    audit_seq bigint NOT NULL DEFAULT 0,
    audit_hash bytea);

-- The station a login role stands for; null for every other role.
CREATE FUNCTION ampcard.current_station() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ampcard, pg_temp AS $$
    SELECT station FROM ampcard.stations WHERE role_name = session_user
$$;

-- The stations' journals of money, as their ledgers hold them (docs/station.md "The journal").
CREATE TABLE ampcard.journal (
    id uuid PRIMARY KEY,
    station integer NOT NULL REFERENCES ampcard.stations,
    seq bigint NOT NULL CHECK (seq > 0),
    at timestamptz NOT NULL,
    kind text NOT NULL,
    reference text NOT NULL,
    meter text NOT NULL,
    operator text NOT NULL,
    amount bigint NOT NULL,
    energy bigint NOT NULL,
    detail text NOT NULL,
    keyed boolean NOT NULL,
    previous_hash bytea NOT NULL CHECK (length(previous_hash) = 32),
    hash bytea NOT NULL CHECK (length(hash) = 32),
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (station, seq));
CREATE INDEX journal_at ON ampcard.journal (at);
CREATE INDEX journal_reference ON ampcard.journal (station, reference);

-- The stations' audit logs; lines written before a ledger was keyed carry no links.
CREATE TABLE ampcard.audit (
    id uuid PRIMARY KEY,
    station integer NOT NULL REFERENCES ampcard.stations,
    seq bigint NOT NULL CHECK (seq > 0),
    at timestamptz NOT NULL,
    operator text NOT NULL,
    action text NOT NULL,
    subject text NOT NULL,
    detail text NOT NULL,
    keyed boolean NOT NULL,
    state bytea,
    previous_hash bytea CHECK (length(previous_hash) = 32),
    hash bytea CHECK (length(hash) = 32),
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (station, seq));

-- The newest sequence each meter is known to have: allocated here for remote sales, reported
-- from the meter's proof for card sales.
CREATE TABLE ampcard.meter_sequences (
    meter text PRIMARY KEY,
    sequence bigint NOT NULL CHECK (sequence >= 0),
    station integer REFERENCES ampcard.stations,
    updated_at timestamptz NOT NULL DEFAULT now());

-- Money rows are inserted, never changed: not by a station, not by the owner.
CREATE FUNCTION ampcard.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rows of % are never updated or deleted', TG_TABLE_NAME
        USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER journal_no_change BEFORE UPDATE OR DELETE ON ampcard.journal
    FOR EACH ROW EXECUTE FUNCTION ampcard.refuse_change();
CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON ampcard.journal
    FOR EACH STATEMENT EXECUTE FUNCTION ampcard.refuse_change();
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON ampcard.audit
    FOR EACH ROW EXECUTE FUNCTION ampcard.refuse_change();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON ampcard.audit
    FOR EACH STATEMENT EXECUTE FUNCTION ampcard.refuse_change();

-- Each pushed entry must be the next link of its station's chain. Row by row, an entry at a
-- place already accepted is skipped when it is the same one (the push is idempotent) and refused
-- when it differs (a fork). The new entries of a statement are then checked together against
-- the head, which the statement moves once: contiguous from the head, each linking to the one
-- before. The head lives in the stations row only, never in anything a session could set.
CREATE FUNCTION ampcard.journal_accepted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ampcard, pg_temp AS $$
DECLARE
    head_seq bigint;
    accepted bytea;
BEGIN
    -- Another station's rows are refused before anything about them is looked at, so a
    -- station learns nothing of another's chain from the answer.
    IF ampcard.current_station() IS NOT NULL
       AND NEW.station IS DISTINCT FROM ampcard.current_station() THEN
        RAISE EXCEPTION 'new row violates row-level security policy for table "journal"'
            USING ERRCODE = '42501';
    END IF;
    SELECT journal_seq INTO head_seq FROM ampcard.stations WHERE station = NEW.station;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'station % is not registered', NEW.station USING ERRCODE = '42501';
    END IF;
    IF NEW.seq > head_seq THEN
        NEW.received_at := now();
        RETURN NEW;
    END IF;
    SELECT hash INTO accepted FROM ampcard.journal WHERE station = NEW.station AND seq = NEW.seq;
    IF accepted = NEW.hash THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'station %: journal entry % differs from the one accepted (a forked chain)',
        NEW.station, NEW.seq USING ERRCODE = 'AMP01';
END
$$;
CREATE TRIGGER journal_accepted BEFORE INSERT ON ampcard.journal
    FOR EACH ROW EXECUTE FUNCTION ampcard.journal_accepted();

CREATE FUNCTION ampcard.journal_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ampcard, pg_temp AS $$
DECLARE
    batch record;
    head_seq bigint;
    head_hash bytea;
    broken bigint;
    history bigint;
    granted bigint;
    used bigint;
    seen bigint;
    taken bigint;
    registered timestamptz;
BEGIN
    FOR batch IN SELECT station, count(*) AS n, min(seq) AS lo, max(seq) AS hi
                 FROM pushed GROUP BY station LOOP
        SELECT journal_seq, journal_hash, history_seq, float_granted, float_used, float_seen,
               created_at
            INTO head_seq, head_hash, history, granted, used, seen, registered
            FROM ampcard.stations WHERE station = batch.station FOR UPDATE;
        -- The takings of the batch made since the station joined: its history before does not
        -- draw on the float. The history the station declares (bind_ledger) is its word, so it
        -- covers only entries dated before the day after the station was registered; and a
        -- refund of a history sale gives nothing back.
        SELECT coalesce(sum(p.amount), 0) INTO taken FROM pushed p
            WHERE p.station = batch.station
              AND NOT (p.seq <= history AND p.at < registered + interval '1 day')
              AND NOT (p.amount < 0 AND EXISTS (
                  SELECT FROM ampcard.journal j
                  WHERE j.station = p.station AND j.reference = p.reference AND j.amount > 0
                    AND j.seq <= history AND j.at < registered + interval '1 day'));
        IF batch.lo <> head_seq + 1 THEN
            RAISE EXCEPTION 'station %: journal entry % arrived before entry %', batch.station,
                batch.lo, head_seq + 1 USING ERRCODE = 'AMP02';
        END IF;
        IF batch.hi - batch.lo + 1 <> batch.n THEN
            RAISE EXCEPTION 'station %: journal entries % to % arrived with a gap', batch.station,
                batch.lo, batch.hi USING ERRCODE = 'AMP02';
        END IF;
        SELECT p.seq INTO broken FROM pushed p
            LEFT JOIN pushed q ON q.station = p.station AND q.seq = p.seq - 1
            WHERE p.station = batch.station
              AND p.previous_hash IS DISTINCT FROM
                  CASE WHEN p.seq = batch.lo AND head_seq = 0 THEN p.previous_hash
                       WHEN p.seq = batch.lo THEN head_hash
                       ELSE q.hash END
            ORDER BY p.seq LIMIT 1;
        IF broken IS NOT NULL THEN
            RAISE EXCEPTION 'station %: journal entry % does not link to entry % (a broken chain)',
                batch.station, broken, broken - 1 USING ERRCODE = 'AMP03';
        END IF;
        -- Money goes back only against money taken: a refund names the sale it cancels, and
        -- what is given back for a sale never exceeds what it took (else a station could push
        -- made-up refunds to raise its float).
        SELECT p.seq INTO broken FROM pushed p
            WHERE p.station = batch.station AND p.amount < 0
              AND (SELECT coalesce(sum(j.amount), 0) FROM ampcard.journal j
                   WHERE j.station = p.station AND j.reference = p.reference) < 0
            ORDER BY p.seq LIMIT 1;
        IF broken IS NOT NULL THEN
            RAISE EXCEPTION 'station %: journal entry % gives back more than was taken for its '
                'sale', batch.station, broken USING ERRCODE = 'AMP05';
        END IF;
        -- Never beyond the float: the one granted now, or a larger one the station heard of at
        -- its last push (a float lowered while it sold offline does not undo those sales).
        IF taken > 0 AND used + taken > greatest(granted, seen) THEN
            RAISE EXCEPTION 'station %: journal entries % to % take % beyond the float of %',
                batch.station, batch.lo, batch.hi, used + taken - greatest(granted, seen),
                greatest(granted, seen) USING ERRCODE = 'AMP06';
        END IF;
        UPDATE ampcard.stations
            SET journal_seq = batch.hi,
                journal_hash = (SELECT hash FROM pushed
                                WHERE station = batch.station AND seq = batch.hi),
                float_used = float_used + taken,
                float_seen = float_granted
            WHERE station = batch.station;
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER journal_chain AFTER INSERT ON ampcard.journal
    REFERENCING NEW TABLE AS pushed
    FOR EACH STATEMENT EXECUTE FUNCTION ampcard.journal_chain();

CREATE FUNCTION ampcard.audit_accepted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ampcard, pg_temp AS $$
DECLARE
    head_seq bigint;
    accepted ampcard.audit;
BEGIN
    -- Another station's rows are refused before anything about them is looked at, so a
    -- station learns nothing of another's chain from the answer.
    IF ampcard.current_station() IS NOT NULL
       AND NEW.station IS DISTINCT FROM ampcard.current_station() THEN
        RAISE EXCEPTION 'new row violates row-level security policy for table "audit"'
            USING ERRCODE = '42501';
    END IF;
    SELECT audit_seq INTO head_seq FROM ampcard.stations WHERE station = NEW.station;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'station % is not registered', NEW.station USING ERRCODE = '42501';
    END IF;
    IF NEW.seq > head_seq THEN
        NEW.received_at := now();
        RETURN NEW;
    END IF;
    SELECT * INTO accepted FROM ampcard.audit WHERE station = NEW.station AND seq = NEW.seq;
    IF accepted.id = NEW.id AND accepted.hash IS NOT DISTINCT FROM NEW.hash THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'station %: audit line % differs from the one accepted (a forked chain)',
        NEW.station, NEW.seq USING ERRCODE = 'AMP01';
END
$$;
CREATE TRIGGER audit_accepted BEFORE INSERT ON ampcard.audit
    FOR EACH ROW EXECUTE FUNCTION ampcard.audit_accepted();

-- Audit lines written before a ledger was keyed carry no links; from the first keyed line on,
-- each must link to the one before.
CREATE FUNCTION ampcard.audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ampcard, pg_temp AS $$
DECLARE
    batch record;
    head_seq bigint;
    head_hash bytea;
    broken bigint;
BEGIN
    FOR batch IN SELECT station, count(*) AS n, min(seq) AS lo, max(seq) AS hi
                 FROM pushed GROUP BY station LOOP
        SELECT audit_seq, audit_hash INTO head_seq, head_hash
            FROM ampcard.stations WHERE station = batch.station FOR UPDATE;
        IF batch.lo <> head_seq + 1 OR batch.hi - batch.lo + 1 <> batch.n THEN
            RAISE EXCEPTION 'station %: audit lines % to % do not follow line %', batch.station,
                batch.lo, batch.hi, head_seq USING ERRCODE = 'AMP02';
        END IF;
        SELECT p.seq INTO broken FROM pushed p
            LEFT JOIN pushed q ON q.station = p.station AND q.seq = p.seq - 1
            WHERE p.station = batch.station
              AND (CASE WHEN p.seq = batch.lo THEN head_hash ELSE q.hash END) IS NOT NULL
              AND (p.hash IS NULL OR p.previous_hash IS DISTINCT FROM
                   (CASE WHEN p.seq = batch.lo THEN head_hash ELSE q.hash END))
            ORDER BY p.seq LIMIT 1;
        IF broken IS NOT NULL THEN
            RAISE EXCEPTION 'station %: audit line % does not link to line % (a broken chain)',
                batch.station, broken, broken - 1 USING ERRCODE = 'AMP03';
        END IF;
        UPDATE ampcard.stations
            SET audit_seq = batch.hi,
                audit_hash = (SELECT hash FROM pushed
                              WHERE station = batch.station AND seq = batch.hi)
            WHERE station = batch.station;
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_chain AFTER INSERT ON ampcard.audit
    REFERENCING NEW TABLE AS pushed
    FOR EACH STATEMENT EXECUTE FUNCTION ampcard.audit_chain();

-- A remote sale's sequence: one past the newest the meter is known to have (or the station
-- knows), under a row lock, so two stations never hand out the same one.
CREATE FUNCTION ampcard.allocate_sequence(p_meter text, p_known bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ampcard, pg_temp SET lock_timeout = '2s' AS $$
DECLARE
    allocated bigint;
BEGIN
    IF ampcard.current_station() IS NULL THEN
        RAISE EXCEPTION 'only a station allocates sequences' USING ERRCODE = '42501';
    END IF;
    IF p_known IS NULL OR p_known < 0 OR p_known >= 4294967295 THEN
        RAISE EXCEPTION 'a meter sequence is a 32-bit number, not %', p_known
            USING ERRCODE = '22003';
    END IF;
    INSERT INTO ampcard.meter_sequences (meter, sequence) VALUES (p_meter, 0)
        ON CONFLICT (meter) DO NOTHING;
    SELECT greatest(sequence, coalesce(p_known, 0)) + 1 INTO allocated
        FROM ampcard.meter_sequences WHERE meter = p_meter FOR UPDATE;
    IF allocated > 4294967295 THEN
        RAISE EXCEPTION 'meter % has no sequence left', p_meter USING ERRCODE = '22003';
    END IF;
    UPDATE ampcard.meter_sequences
        SET sequence = allocated, station = ampcard.current_station(), updated_at = now()
        WHERE meter = p_meter;
    RETURN allocated;
END
$$;

-- A card sale's sequence as the meter's proof showed it: the known sequence only grows.
CREATE FUNCTION ampcard.note_sequence(p_meter text, p_seen bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ampcard, pg_temp SET lock_timeout = '2s' AS $$
DECLARE
    known bigint;
BEGIN
    IF ampcard.current_station() IS NULL THEN
        RAISE EXCEPTION 'only a station reports sequences' USING ERRCODE = '42501';
    END IF;
    IF p_seen IS NULL OR p_seen < 0 OR p_seen >= 4294967295 THEN
        RAISE EXCEPTION 'a meter sequence is a 32-bit number, not %', p_seen
            USING ERRCODE = '22003';
    END IF;
    INSERT INTO ampcard.meter_sequences AS m (meter, sequence, station)
        VALUES (p_meter, p_seen, ampcard.current_station())
        ON CONFLICT (meter) DO UPDATE
            SET sequence = greatest(m.sequence, excluded.sequence), updated_at = now()
        RETURNING sequence INTO known;
    RETURN known;
END
$$;

-- The ledger that pushes as the calling station: set by its first push, and the only one after.
CREATE FUNCTION ampcard.bind_ledger(p_ledger text, p_history_seq bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ampcard, pg_temp AS $$
DECLARE
    bound text;
BEGIN
    SELECT ledger_id INTO bound FROM ampcard.stations
        WHERE station = ampcard.current_station() FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'only a station pushes' USING ERRCODE = '42501';
    END IF;
    IF bound IS NULL THEN
        UPDATE ampcard.stations
            SET ledger_id = p_ledger, history_seq = greatest(coalesce(p_history_seq, 0), 0)
            WHERE station = ampcard.current_station();
    ELSIF bound <> p_ledger THEN
        RAISE EXCEPTION 'station % pushes from ledger %, not %', ampcard.current_station(), bound,
            p_ledger USING ERRCODE = 'AMP04';
    END IF;
END
$$;

-- What the calling station may still sell: its float less its pushed takings.
CREATE FUNCTION ampcard.float_left() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ampcard, pg_temp AS $$
    SELECT float_granted - float_used FROM ampcard.stations
        WHERE station = ampcard.current_station()
$$;

-- Who may do what: row-level security on every table, forced for the owner too.
ALTER TABLE ampcard.stations ENABLE ROW LEVEL SECURITY;
ALTER TABLE ampcard.stations FORCE ROW LEVEL SECURITY;
ALTER TABLE ampcard.journal ENABLE ROW LEVEL SECURITY;
ALTER TABLE ampcard.journal FORCE ROW LEVEL SECURITY;
ALTER TABLE ampcard.audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE ampcard.audit FORCE ROW LEVEL SECURITY;
ALTER TABLE ampcard.meter_sequences ENABLE ROW LEVEL SECURITY;
ALTER TABLE ampcard.meter_sequences FORCE ROW LEVEL SECURITY;
ALTER TABLE ampcard.schema_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE ampcard.schema_version FORCE ROW LEVEL SECURITY;

CREATE POLICY owner_all ON ampcard.stations TO ampcard_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ampcard.journal TO ampcard_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ampcard.audit TO ampcard_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ampcard.meter_sequences TO ampcard_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ampcard.schema_version TO ampcard_owner USING (true) WITH CHECK (true);

CREATE POLICY own_row ON ampcard.stations FOR SELECT TO ampcard_station
    USING (station = ampcard.current_station());
CREATE POLICY own_rows_read ON ampcard.journal FOR SELECT TO ampcard_station
    USING (station = ampcard.current_station());
CREATE POLICY own_rows_push ON ampcard.journal FOR INSERT TO ampcard_station
    WITH CHECK (station = ampcard.current_station());
CREATE POLICY own_rows_read ON ampcard.audit FOR SELECT TO ampcard_station
    USING (station = ampcard.current_station());
CREATE POLICY own_rows_push ON ampcard.audit FOR INSERT TO ampcard_station
    WITH CHECK (station = ampcard.current_station());
CREATE POLICY read_version ON ampcard.schema_version FOR SELECT TO ampcard_station, ampcard_report
    USING (true);

CREATE POLICY report_all ON ampcard.stations FOR SELECT TO ampcard_report USING (true);
CREATE POLICY report_all ON ampcard.journal FOR SELECT TO ampcard_report USING (true);
CREATE POLICY report_all ON ampcard.audit FOR SELECT TO ampcard_report USING (true);
CREATE POLICY report_all ON ampcard.meter_sequences FOR SELECT TO ampcard_report USING (true);

ALTER DEFAULT PRIVILEGES FOR ROLE ampcard_owner IN SCHEMA ampcard
    REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA ampcard FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ampcard FROM PUBLIC;
GRANT SELECT ON ampcard.stations, ampcard.schema_version TO ampcard_station;
GRANT SELECT, INSERT ON ampcard.journal, ampcard.audit TO ampcard_station;
GRANT EXECUTE ON FUNCTION ampcard.current_station(), ampcard.allocate_sequence(text, bigint),
    ampcard.note_sequence(text, bigint), ampcard.float_left(), ampcard.bind_ledger(text, bigint)
    TO ampcard_station;
GRANT EXECUTE ON FUNCTION ampcard.current_station() TO ampcard_report;
GRANT SELECT ON ALL TABLES IN SCHEMA ampcard TO ampcard_report;
)SQL";

// Reference data shared by every station (DESIGN.md §6 "Pull"): each change a station makes to a
// customer, meter, card, tariff plan, plan assignment, fee rule or operator arrives as one row
// with the whole record, and takes the next revision; stations pull what is newer than the
// revision they hold. A record whose natural key (a meter's or customer's number, a card's
// serial, a plan's name and version, an operator's login) another record holds already is a clash:
// kept, marked with the revision it clashes with, and never handed to other stations.
constexpr const char *kStep2 = R"SQL(
-- The stations the utility lets edit what every station shares (tariff plans, assignments, fee
-- rules, operators): its head office. Other stations take those from the server.
ALTER TABLE ampcard.stations ADD COLUMN edits_shared boolean NOT NULL DEFAULT false;

CREATE TABLE ampcard.reference (
    revision bigint PRIMARY KEY,
    origin text NOT NULL,            -- the station's ledger id and its outbox entry: idempotent
    station integer NOT NULL REFERENCES ampcard.stations,
    kind text NOT NULL CHECK (kind IN ('customer', 'meter', 'card', 'plan', 'assignment',
                                       'fee', 'operator')),
    key text NOT NULL,               -- the record's id (a plan assignment: its customer group)
    natural_key text NOT NULL,
    body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
    clash_with bigint,
    at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (station, origin),
    -- A record is a row of a station's table, not a place to store anything else.
    CHECK (octet_length(body::text) <= 16384 AND length(key) <= 100
           AND length(natural_key) <= 200 AND length(origin) <= 200));
-- Writers of reference rows take this row in turn (no station may lock it otherwise).
CREATE TABLE ampcard.reference_lock (one boolean PRIMARY KEY CHECK (one));
INSERT INTO ampcard.reference_lock VALUES (true);
ALTER TABLE ampcard.reference_lock ENABLE ROW LEVEL SECURITY;
ALTER TABLE ampcard.reference_lock FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON ampcard.reference_lock TO ampcard_owner USING (true) WITH CHECK (true);
CREATE INDEX reference_natural ON ampcard.reference (kind, natural_key) WHERE clash_with IS NULL;
CREATE INDEX reference_key ON ampcard.reference (kind, key);
CREATE INDEX journal_meter ON ampcard.journal (station, meter);
CREATE SEQUENCE ampcard.reference_revision;

-- Revisions in commit order (a puller never skips a row committed late under a lower number):
-- reference writers take one lock in turn, rare as they are beside sales.
CREATE FUNCTION ampcard.reference_accepted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ampcard, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    first bigint;
    editor boolean;
    owner record;
BEGIN
    IF NEW.station IS DISTINCT FROM ampcard.current_station() THEN
        RAISE EXCEPTION 'station % cannot write reference rows of station %',
            ampcard.current_station(), NEW.station USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT FROM ampcard.reference
               WHERE station = NEW.station AND origin = NEW.origin) THEN
        RETURN NULL; -- a repeated push
    END IF;
    -- The record's id and number are the body's own: what other stations apply is the body,
    -- so the columns the checks below look at must say the same.
    IF NEW.key IS DISTINCT FROM NEW.body->>(CASE NEW.kind WHEN 'assignment' THEN 'customer_group'
                                                         WHEN 'fee' THEN 'key' ELSE 'id' END)
       OR NEW.natural_key IS DISTINCT FROM (CASE NEW.kind
            WHEN 'customer' THEN NEW.body->>'number' WHEN 'meter' THEN NEW.body->>'number'
            WHEN 'card' THEN NEW.body->>'serial' WHEN 'operator' THEN NEW.body->>'login'
            WHEN 'plan' THEN (NEW.body->>'name') || '/' || (NEW.body->>'version')
            ELSE NEW.key END)
       OR (NEW.kind = 'fee' AND NEW.key <> 'fees') THEN
        RAISE EXCEPTION 'reference record % of station % does not match its body', NEW.key,
            NEW.station USING ERRCODE = '42501';
    END IF;
    SELECT edits_shared INTO editor FROM ampcard.stations WHERE station = NEW.station;
    -- Plans, assignments, fee rules and operators of a station that does not edit shared
    -- records stay that station's own.
    IF NEW.kind IN ('plan', 'assignment', 'fee', 'operator') AND NOT editor THEN
        RETURN NULL;
    END IF;
    PERFORM FROM ampcard.reference_lock FOR UPDATE;
    NEW.revision := nextval('ampcard.reference_revision');
    NEW.at := now();
    NEW.clash_with := NULL;
    IF NEW.kind IN ('customer', 'meter', 'card', 'plan', 'operator') THEN
        SELECT revision INTO first FROM ampcard.reference
            WHERE kind = NEW.kind AND natural_key = NEW.natural_key AND key <> NEW.key
              AND clash_with IS NULL
            ORDER BY revision LIMIT 1;
        NEW.clash_with := first;
    END IF;
    -- A record of a clashing record goes with it (a card of a meter that clashed).
    IF NEW.clash_with IS NULL AND NEW.kind = 'card' THEN
        SELECT clash_with INTO first FROM ampcard.reference
            WHERE kind = 'meter' AND key = NEW.body->>'meter_id' AND clash_with IS NOT NULL
            ORDER BY revision LIMIT 1;
        NEW.clash_with := first;
    END IF;
    IF NEW.clash_with IS NULL AND NEW.kind = 'meter' THEN
        SELECT clash_with INTO first FROM ampcard.reference
            WHERE kind = 'meter' AND key = NEW.key AND clash_with IS NOT NULL
            ORDER BY revision LIMIT 1;
        NEW.clash_with := first;
    END IF;
    -- A customer, meter or card is changed by the station that made it (or the head office);
    -- any station may blacklist a card. Another station's change is refused like a clash.
    IF NEW.clash_with IS NULL AND NEW.kind IN ('customer', 'meter', 'card') AND NOT editor THEN
        SELECT station, revision INTO owner FROM ampcard.reference
            WHERE kind = NEW.kind AND key = NEW.key AND clash_with IS NULL
            ORDER BY revision LIMIT 1;
        -- A blacklisting by another station changes the card's state and reason only.
        IF FOUND AND owner.station <> NEW.station
           AND NOT (NEW.kind = 'card' AND NEW.body->>'state' = 'blacklisted'
                    AND (NEW.body - 'state' - 'reason') = (
                        SELECT body - 'state' - 'reason' FROM ampcard.reference
                        WHERE kind = 'card' AND key = NEW.key AND clash_with IS NULL
                        ORDER BY revision DESC LIMIT 1)) THEN
            NEW.clash_with := owner.revision;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER reference_accepted BEFORE INSERT ON ampcard.reference
    FOR EACH ROW EXECUTE FUNCTION ampcard.reference_accepted();
CREATE TRIGGER reference_no_change BEFORE UPDATE OR DELETE ON ampcard.reference
    FOR EACH ROW EXECUTE FUNCTION ampcard.refuse_change();
CREATE TRIGGER reference_no_truncate BEFORE TRUNCATE ON ampcard.reference
    FOR EACH STATEMENT EXECUTE FUNCTION ampcard.refuse_change();

ALTER TABLE ampcard.reference ENABLE ROW LEVEL SECURITY;
ALTER TABLE ampcard.reference FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON ampcard.reference TO ampcard_owner USING (true) WITH CHECK (true);
-- Every station reads the reference data that holds together, and its own clashes.
CREATE POLICY shared_read ON ampcard.reference FOR SELECT TO ampcard_station
    USING (clash_with IS NULL OR station = ampcard.current_station());
CREATE POLICY own_rows_push ON ampcard.reference FOR INSERT TO ampcard_station
    WITH CHECK (station = ampcard.current_station());
CREATE POLICY report_all ON ampcard.reference FOR SELECT TO ampcard_report USING (true);

-- The newest card sale each meter has been sold, as the stations pushed it. A remote sale is
-- refused while a card holds a sequence the meter has not loaded (the meter would then refuse
-- the card's credit), whichever station sold it.
CREATE TABLE ampcard.card_sequences (
    meter text PRIMARY KEY,
    sequence bigint NOT NULL CHECK (sequence >= 0),
    station integer REFERENCES ampcard.stations,
    updated_at timestamptz NOT NULL DEFAULT now());
ALTER TABLE ampcard.card_sequences ENABLE ROW LEVEL SECURITY;
ALTER TABLE ampcard.card_sequences FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON ampcard.card_sequences TO ampcard_owner USING (true) WITH CHECK (true);
CREATE POLICY report_all ON ampcard.card_sequences FOR SELECT TO ampcard_report USING (true);

CREATE FUNCTION ampcard.note_card_sale(p_meter text, p_sequence bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ampcard, pg_temp SET lock_timeout = '2s' AS $$
BEGIN
    -- Only a card sale the station has pushed to its journal (the receipt names the sequence)
    -- counts: a made-up one, which would shut the meter's remote sales, is left out.
    IF ampcard.current_station() IS NULL THEN
        RAISE EXCEPTION 'only a station reports card sales' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT FROM ampcard.journal WHERE station = ampcard.current_station()
                   AND meter = p_meter
                   AND substring(detail FROM '"sequence":([0-9]{1,10})[,}]')::bigint
                       = p_sequence) THEN
        RETURN;
    END IF;
    PERFORM ampcard.note_sequence(p_meter, p_sequence);
    INSERT INTO ampcard.card_sequences AS c (meter, sequence, station)
        VALUES (p_meter, p_sequence, ampcard.current_station())
        ON CONFLICT (meter) DO UPDATE
            SET sequence = greatest(c.sequence, excluded.sequence),
                station = CASE WHEN excluded.sequence > c.sequence THEN excluded.station
                               ELSE c.station END,
                updated_at = now();
END
$$;

-- A remote sale's sequence: after everything the meter loaded (`p_loaded`, from its sealed
-- record read over the line) and everything allocated or sold before; refused (AMP07) while a
-- card sale the meter has not loaded is out.
CREATE FUNCTION ampcard.allocate_remote(p_meter text, p_loaded bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ampcard, pg_temp SET lock_timeout = '2s' AS $$
DECLARE
    card record;
BEGIN
    IF ampcard.current_station() IS NULL THEN
        RAISE EXCEPTION 'only a station allocates sequences' USING ERRCODE = '42501';
    END IF;
    INSERT INTO ampcard.meter_sequences (meter, sequence) VALUES (p_meter, 0)
        ON CONFLICT (meter) DO NOTHING;
    PERFORM FROM ampcard.meter_sequences WHERE meter = p_meter FOR UPDATE;
    SELECT sequence, station INTO card FROM ampcard.card_sequences WHERE meter = p_meter;
    IF FOUND AND card.sequence > coalesce(p_loaded, 0) THEN
        RAISE EXCEPTION 'meter % has not loaded card sale % of station %', p_meter,
            card.sequence, card.station USING ERRCODE = 'AMP07';
    END IF;
    RETURN ampcard.allocate_sequence(p_meter, p_loaded);
END
$$;
GRANT EXECUTE ON FUNCTION ampcard.note_card_sale(text, bigint),
    ampcard.allocate_remote(text, bigint) TO ampcard_station;
REVOKE ALL ON ampcard.reference FROM PUBLIC;
GRANT SELECT, INSERT ON ampcard.reference TO ampcard_station;
GRANT SELECT ON ampcard.reference TO ampcard_report;
)SQL";

constexpr std::array<const char *, 2> kSteps = {kStep1, kStep2};

} // namespace

int CentralSchema::latestVersion()
{
    return static_cast<int>(kSteps.size());
}

int CentralSchema::version(PgConnection &db, QString *error)
{
    const auto exists =
        db.exec(QStringLiteral("SELECT to_regclass('ampcard.schema_version') IS NOT NULL"));
    if (!exists.ok()) {
        *error = exists.error();
        return -1;
    }
    if (exists.text(0, 0) != QLatin1String("t"))
        return 0;
    const auto version = db.exec(QStringLiteral("SELECT version FROM ampcard.schema_version"));
    if (!version.ok() || version.rows() != 1) {
        *error = version.ok() ? tr("the schema version table does not hold exactly one row")
                              : version.error();
        return -1;
    }
    return static_cast<int>(version.number(0, 0));
}

bool CentralSchema::upgrade(PgConnection &db, Upgrade *done, QString *error)
{
    const auto bootstrap = db.script(QString::fromUtf8(kBootstrap));
    if (!bootstrap.ok()) {
        *error = tr("Cannot create the Ampcard roles and schema: %1").arg(bootstrap.error());
        return false;
    }
    const int from = version(db, error);
    if (from < 0)
        return false;
    if (from > latestVersion()) {
        *error = tr("The server's schema is version %1, newer than this program knows (%2): "
                    "upgrade Ampcard first.")
                     .arg(from)
                     .arg(latestVersion());
        return false;
    }
    done->from = from;
    for (int step = from + 1; step <= latestVersion(); ++step) {
        const QString sql =
            QStringLiteral("BEGIN; SET LOCAL ROLE ampcard_owner; %1\n"
                           "UPDATE ampcard.schema_version SET version = %2; COMMIT;")
                .arg(QString::fromUtf8(kSteps[static_cast<std::size_t>(step - 1)]))
                .arg(step);
        const auto result = db.script(sql);
        if (!result.ok()) {
            db.script(QStringLiteral("ROLLBACK"));
            *error = tr("Step %1 of the central schema failed: %2").arg(step).arg(result.error());
            return false;
        }
    }
    done->to = latestVersion();
    return true;
}

} // namespace ampcard::central
