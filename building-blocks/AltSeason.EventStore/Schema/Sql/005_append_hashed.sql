-- Appends a batch whose link hashes the client computed (EventHash.cs, the same bytes as event_hash) from the
-- previous hash it already knew: its own last write or read of the stream. One statement and no hash loop on the
-- server. The client's knowledge is only a hint: it is checked against the stored hash, and when it is stale the
-- server computes the chain itself exactly as append_events does. Positions are taken only after the claim.
-- p_expected null means claim_stream already ran for this stream in this transaction (multi-stream saves).
CREATE OR REPLACE FUNCTION __schema__.append_hashed(
    p_stream_id     text,
    p_expected      bigint,
    p_start         bigint,
    p_previous      bytea,
    p_event_ids     uuid[],
    p_types         text[],
    p_type_versions integer[],
    p_data          text[],
    p_hashes        bytea[],
    p_metadata      jsonb,
    p_recorded_at   timestamptz)
RETURNS TABLE (version bigint, event_position bigint, transaction_id xid8, recorded_at timestamptz, hash bytea)
LANGUAGE plpgsql AS $$
DECLARE
    v_count  integer := cardinality(p_event_ids);
    v_start  bigint := p_start;
    v_stored bytea := '\x'::bytea;
BEGIN
    IF p_expected IS NOT NULL THEN
        v_start := __schema__.claim_stream(p_stream_id, p_expected, v_count) - v_count;
    END IF;
    IF v_start > 0 THEN
        SELECT e.hash INTO v_stored FROM __schema__.events AS e WHERE e.stream_id = p_stream_id AND e.version = v_start;
    END IF;

    IF v_start IS DISTINCT FROM p_start OR v_stored IS DISTINCT FROM p_previous THEN
        -- Stale hint: the stream is already claimed, so append_events continues from what is stored.
        RETURN QUERY SELECT * FROM __schema__.append_events(
            p_stream_id, NULL, p_event_ids, p_types, p_type_versions, p_data, p_metadata, p_recorded_at);
        RETURN;
    END IF;

    RETURN QUERY
    INSERT INTO __schema__.events AS e
        (stream_id, version, event_id, event_type, type_version, data, metadata, recorded_at, hash)
    SELECT p_stream_id, v_start + u.ord, u.event_id, u.event_type, u.type_version, u.data::json,
           p_metadata, coalesce(p_recorded_at, now()), u.hash
    FROM unnest(p_event_ids, p_types, p_type_versions, p_data, p_hashes)
         WITH ORDINALITY AS u(event_id, event_type, type_version, data, hash, ord)
    ORDER BY u.ord
    RETURNING e.version, e.position, e.transaction_id, e.recorded_at, e.hash;
END
$$;
