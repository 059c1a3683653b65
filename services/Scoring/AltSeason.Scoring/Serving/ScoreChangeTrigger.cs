using System.Globalization;
using Npgsql;

namespace AltSeason.Scoring.Serving;

/// <summary>
/// Triggers on the <c>scores</c> read model that NOTIFY <c>&lt;schema&gt;_score_changed</c> with "model as-of" for
/// every row a commit inserts, updates or deletes, and with <see cref="Everything"/> when the table is truncated.
/// Whoever writes (this instance, another one, a read-model rebuild), every listening instance hears about it once
/// the transaction commits, and never before. Installed at start-up, idempotently.
/// </summary>
internal static class ScoreChangeTrigger
{
    /// <summary>The payload that means "reload every row".</summary>
    public const string Everything = "*";

    public static string Channel(string schema) => $"{schema}_score_changed";

    /// <summary>
    /// Replaces the function (no table lock) and creates the triggers only when missing: creating a trigger locks out
    /// writers of <c>scores</c>, which a reconnecting instance must not do each time.
    /// </summary>
    public static async Task InstallAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock(hashtext('{schema}.score_changed'));
            CREATE OR REPLACE FUNCTION "{schema}".notify_score_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE changed record;
            BEGIN
                IF TG_LEVEL = 'STATEMENT' THEN
                    PERFORM pg_notify('{Channel(schema)}', '{Everything}');
                    RETURN NULL;
                END IF;
                IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
                PERFORM pg_notify('{Channel(schema)}', changed.model_version || ' ' || to_char(changed.as_of, 'YYYY-MM-DD'));
                RETURN NULL;
            END $$;
            DO $do$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = '"{schema}".scores'::regclass AND tgname = 'score_changed') THEN
                    CREATE TRIGGER score_changed AFTER INSERT OR UPDATE OR DELETE ON "{schema}".scores
                        FOR EACH ROW EXECUTE FUNCTION "{schema}".notify_score_changed();
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = '"{schema}".scores'::regclass AND tgname = 'scores_truncated') THEN
                    CREATE TRIGGER scores_truncated AFTER TRUNCATE ON "{schema}".scores
                        FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".notify_score_changed();
                END IF;
            END $do$;
            """, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The key a notification names, or null when the payload is not "model yyyy-MM-dd".</summary>
    public static ScoreKey? Parse(string payload)
    {
        var space = payload.LastIndexOf(' ');
        return space > 0 && DateOnly.TryParseExact(payload.AsSpan(space + 1), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf)
            ? new ScoreKey(payload[..space], asOf)
            : null;
    }
}
