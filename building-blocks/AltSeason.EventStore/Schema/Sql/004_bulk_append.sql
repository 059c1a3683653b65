-- Bulk appends: the client reserves versions and positions here, computes the hash chain itself (EventHash.cs,
-- the same encoding as event_hash) and sends the rows with binary COPY, which PostgreSQL inserts in bulk.
-- Positions are taken only after the stream was claimed, exactly as in append_events.
CREATE OR REPLACE FUNCTION __schema__.reserve_stream(p_stream_id text, p_expected bigint, p_count integer)
RETURNS TABLE (start_version bigint, previous_hash bytea, positions bigint[], transaction_id xid8, recorded_at timestamptz)
LANGUAGE plpgsql AS $$
BEGIN
    SELECT c.start_version, c.previous_hash INTO start_version, previous_hash
    FROM __schema__.continue_stream(p_stream_id, p_expected, p_count) AS c;
    positions := ARRAY(SELECT nextval('__schema__.event_position') FROM generate_series(1, p_count) ORDER BY 1);
    transaction_id := pg_current_xact_id();
    recorded_at := now();
    RETURN NEXT;
END
$$;
