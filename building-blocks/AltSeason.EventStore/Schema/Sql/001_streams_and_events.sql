-- Streams hold the current version of each stream; the row is the lock that serialises
-- writers of one stream, and it is checked before any global position is taken.
CREATE TABLE IF NOT EXISTS __schema__.streams (
    stream_id   text        PRIMARY KEY,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE IF NOT EXISTS __schema__.event_position AS bigint;

-- data is json (not jsonb): it keeps the exact text that was hashed, byte for byte.
CREATE TABLE IF NOT EXISTS __schema__.events (
    position        bigint      PRIMARY KEY DEFAULT nextval('__schema__.event_position'),
    transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
    stream_id       text        NOT NULL,
    version         bigint      NOT NULL,
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    type_version    integer     NOT NULL,
    data            json        NOT NULL,
    metadata        jsonb       NOT NULL,
    recorded_at     timestamptz NOT NULL,
    hash            bytea       NOT NULL,
    CONSTRAINT events_stream_version_unique UNIQUE (stream_id, version)
);

ALTER SEQUENCE __schema__.event_position OWNED BY __schema__.events.position;

-- Subscribers read in commit-safe order: (transaction_id, position).
CREATE INDEX IF NOT EXISTS events_global_order ON __schema__.events (transaction_id, position);
CREATE INDEX IF NOT EXISTS events_recorded_at ON __schema__.events (stream_id, recorded_at);

-- The link hash: SHA-256 over length-prefixed fields, so no two field lists share an encoding.
-- EventHash.cs computes the same bytes on the client for verification.
CREATE OR REPLACE FUNCTION __schema__.event_hash(
    p_stream_id text, p_version bigint, p_type text, p_type_version integer, p_data text, p_previous bytea)
RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(
        int4send(octet_length(convert_to(p_stream_id, 'UTF8'))) || convert_to(p_stream_id, 'UTF8') ||
        int8send(p_version) ||
        int4send(octet_length(convert_to(p_type, 'UTF8'))) || convert_to(p_type, 'UTF8') ||
        int4send(p_type_version) ||
        int4send(octet_length(convert_to(p_data, 'UTF8'))) || convert_to(p_data, 'UTF8') ||
        int4send(coalesce(octet_length(p_previous), 0)) || coalesce(p_previous, '\x'::bytea))
$$;

-- Checks the writer's expected version and moves the stream forward by p_count, before any position is taken.
-- p_expected: -2 = any, -1 = stream must not exist, n >= 0 = exact (0 also means "must not exist").
-- A losing writer gets ES409 with the stream and its actual version in the message.
CREATE OR REPLACE FUNCTION __schema__.claim_stream(p_stream_id text, p_expected bigint, p_count integer)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_new    bigint;
    v_actual bigint;
BEGIN
    IF p_expected = -2 THEN
        INSERT INTO __schema__.streams AS s (stream_id, version) VALUES (p_stream_id, p_count)
        ON CONFLICT (stream_id) DO UPDATE SET version = s.version + p_count, updated_at = now()
        RETURNING s.version INTO v_new;
    ELSIF p_expected <= 0 THEN
        INSERT INTO __schema__.streams AS s (stream_id, version) VALUES (p_stream_id, p_count)
        ON CONFLICT (stream_id) DO NOTHING
        RETURNING s.version INTO v_new;
    ELSE
        UPDATE __schema__.streams AS s SET version = s.version + p_count, updated_at = now()
        WHERE s.stream_id = p_stream_id AND s.version = p_expected
        RETURNING s.version INTO v_new;
    END IF;

    IF v_new IS NULL THEN
        SELECT s.version INTO v_actual FROM __schema__.streams AS s WHERE s.stream_id = p_stream_id;
        RAISE EXCEPTION USING ERRCODE = 'ES409',
            MESSAGE = format('wrong expected version; stream=%s; actual=%s', p_stream_id, coalesce(v_actual, 0));
    END IF;
    RETURN v_new;
END
$$;

-- Where an append continues a stream: its start version and the hash to chain from. A null p_expected means
-- claim_stream already ran for this stream in this transaction (multi-stream saves claim every stream first,
-- so a loser anywhere in the save aborts it before any position is taken).
CREATE OR REPLACE FUNCTION __schema__.continue_stream(p_stream_id text, p_expected bigint, p_count integer,
    OUT start_version bigint, OUT previous_hash bytea)
LANGUAGE plpgsql AS $$
BEGIN
    IF p_expected IS NULL THEN
        SELECT e.version, e.hash INTO start_version, previous_hash FROM __schema__.events AS e
        WHERE e.stream_id = p_stream_id ORDER BY e.version DESC LIMIT 1;
        start_version := coalesce(start_version, 0);
    ELSE
        start_version := __schema__.claim_stream(p_stream_id, p_expected, p_count) - p_count;
        IF start_version > 0 THEN
            SELECT e.hash INTO previous_hash FROM __schema__.events AS e
            WHERE e.stream_id = p_stream_id AND e.version = start_version;
        END IF;
    END IF;
END
$$;

-- Appends a batch to one stream in one call. The hash loop spells out event_hash's encoding inline: a function
-- call per event costs more than everything else here.
CREATE OR REPLACE FUNCTION __schema__.append_events(
    p_stream_id     text,
    p_expected      bigint,
    p_event_ids     uuid[],
    p_types         text[],
    p_type_versions integer[],
    p_data          text[],
    p_metadata      jsonb,
    p_recorded_at   timestamptz)
RETURNS TABLE (version bigint, event_position bigint, transaction_id xid8, recorded_at timestamptz, hash bytea)
LANGUAGE plpgsql AS $$
DECLARE
    v_count    integer := cardinality(p_event_ids);
    v_start    bigint;
    v_previous bytea;
    v_hashes   bytea[] := '{}';
    v_stream   bytea := convert_to(p_stream_id, 'UTF8');
    v_type     bytea;
    v_data     bytea;
BEGIN
    SELECT c.start_version, c.previous_hash INTO v_start, v_previous
    FROM __schema__.continue_stream(p_stream_id, p_expected, v_count) AS c;

    FOR i IN 1 .. v_count LOOP
        v_type := convert_to(p_types[i], 'UTF8');
        v_data := convert_to(p_data[i], 'UTF8');
        v_previous := sha256(
            int4send(octet_length(v_stream)) || v_stream || int8send(v_start + i) ||
            int4send(octet_length(v_type)) || v_type || int4send(p_type_versions[i]) ||
            int4send(octet_length(v_data)) || v_data ||
            int4send(coalesce(octet_length(v_previous), 0)) || coalesce(v_previous, '\x'::bytea));
        v_hashes[i] := v_previous;
    END LOOP;

    RETURN QUERY
    INSERT INTO __schema__.events AS e
        (stream_id, version, event_id, event_type, type_version, data, metadata, recorded_at, hash)
    SELECT p_stream_id, v_start + u.ord, u.event_id, u.event_type, u.type_version, u.data::json,
           p_metadata, coalesce(p_recorded_at, now()), u.hash
    FROM unnest(p_event_ids, p_types, p_type_versions, p_data, v_hashes)
         WITH ORDINALITY AS u(event_id, event_type, type_version, data, hash, ord)
    ORDER BY u.ord
    RETURNING e.version, e.position, e.transaction_id, e.recorded_at, e.hash;
END
$$;
