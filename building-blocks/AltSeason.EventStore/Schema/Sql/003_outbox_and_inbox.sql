-- Messages written in the same transaction as the events; the relay publishes and marks them sent.
CREATE TABLE IF NOT EXISTS __schema__.outbox (
    sequence      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id    uuid        NOT NULL UNIQUE,
    message_type  text        NOT NULL,
    payload       json        NOT NULL,
    headers       jsonb       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    attempts      integer     NOT NULL DEFAULT 0,
    last_error    text,
    sent_at       timestamptz
);

CREATE INDEX IF NOT EXISTS outbox_pending ON __schema__.outbox (sequence) WHERE sent_at IS NULL;

-- A consumer records each message it handled in the same transaction as its own writes.
CREATE TABLE IF NOT EXISTS __schema__.inbox (
    message_id    text        NOT NULL,
    consumer      text        NOT NULL,
    processed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (message_id, consumer)
);
