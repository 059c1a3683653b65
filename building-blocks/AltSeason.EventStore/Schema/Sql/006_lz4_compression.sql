-- Large payloads (a file's rows, a batch's inputs, the messages that carry them) are stored out of line and
-- compressed. With pglz, compression was a sixth of PostgreSQL's CPU in a bulk import; lz4 compresses and
-- decompresses several times faster at a similar ratio. Values already stored keep their compression, and a server
-- built without lz4 keeps pglz.
DO $$
BEGIN
    ALTER TABLE __schema__.events ALTER COLUMN data SET COMPRESSION lz4;
    ALTER TABLE __schema__.outbox ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'this PostgreSQL has no lz4: large payloads stay compressed with pglz';
END $$;
