-- One row per async projection: where it has read up to, as a (transaction id, position) pair.
CREATE TABLE IF NOT EXISTS __schema__.projection_checkpoints (
    projection_name text        PRIMARY KEY,
    transaction_id  xid8        NOT NULL,
    position        bigint      NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
