using AltSeason.Contracts.Messages;
using AltSeason.EventStore.Appending;
using AltSeason.Scoring.Components;
using AltSeason.SignalServices.Processing;
using MassTransit;

namespace AltSeason.Scoring.Consuming;

/// <summary>
/// Takes the three families' evaluation messages into Scoring. Each evaluation they carry is handed to the coalescer,
/// which records a batch of them in one transaction through the inbox (<see cref="EvaluationsInbox"/>); the idempotency key is the
/// evaluation's own (stream, version), so a redelivery or a relay's second publish records nothing twice.
/// </summary>
internal sealed class SignalsEvaluatedConsumer(MessageCoalescer<ReceivedEvaluation> coalescer, ILogger<SignalsEvaluatedConsumer> logger) :
    IConsumer<EquitiesSignalsEvaluated>,
    IConsumer<DerivativesSignalsEvaluated>,
    IConsumer<OnChainSignalsEvaluated>
{
    public const string InboxConsumer = EvaluationsInbox.Consumer;

    public Task Consume(ConsumeContext<EquitiesSignalsEvaluated> context) =>
        HandleAsync(SignalFamilies.Equities, context.Message, context.CancellationToken);

    public Task Consume(ConsumeContext<DerivativesSignalsEvaluated> context) =>
        HandleAsync(SignalFamilies.Derivatives, context.Message, context.CancellationToken);

    public Task Consume(ConsumeContext<OnChainSignalsEvaluated> context) =>
        HandleAsync(SignalFamilies.OnChain, context.Message, context.CancellationToken);

    async Task HandleAsync(string family, ISignalsEvaluated message, CancellationToken cancellationToken)
    {
        // A malformed message or entry would fail the same way on every retry: log what is wrong and drop it.
        if (Problem(family, message) is { } wrong)
        {
            logger.LogError("Ignoring a {Family} evaluation message: {Problem}", family, wrong);
            return;
        }

        // Every evaluation goes to the coalescer at once (they usually share one batch); the message is acknowledged
        // only when all are stored, and a redelivery records only those that were not.
        var submitted = new List<Task>(message.Evaluations.Count);
        foreach (var evaluation in message.Evaluations)
        {
            if (Problem(evaluation) is { } problem)
            {
                logger.LogError("Ignoring a {Family} evaluation in a message: {Problem}", family, problem);
                continue;
            }
            submitted.Add(SubmitAsync(family, evaluation, cancellationToken));
        }
        await Task.WhenAll(submitted);
    }

    async Task SubmitAsync(string family, AnnouncedEvaluation e, CancellationToken cancellationToken)
    {
        var component = new ComponentRecorded(family, e.AsOf, e.Values, e.ModelVersion, e.CodeVersion, e.InputsSha256,
            new SourceEvaluation(e.StreamId, e.StreamVersion, e.EventSha256, e.RecordedAt), ComponentVia.Message);
        var handled = await coalescer.SubmitAsync(new ReceivedEvaluation($"{e.StreamId}@{e.StreamVersion}", component), cancellationToken);
        if (!handled) logger.LogInformation("{Family} {AsOf} ({Stream}@{Version}): already handled", family, e.AsOf, e.StreamId, e.StreamVersion);
    }

    static string? Problem(string family, ISignalsEvaluated message)
    {
        if (!string.Equals(message.Family, family, StringComparison.Ordinal))
            return $"family is '{message.Family}' but the message type is the {family} family's";
        return message.Evaluations is null ? "it has no evaluations list" : null;
    }

    static string? Problem(AnnouncedEvaluation? evaluation)
    {
        if (evaluation is null) return "an empty entry in its evaluations list";
        if (!StreamId.IsValid(evaluation.StreamId)) return $"stream id '{evaluation.StreamId}' is not a valid stream id";
        if (evaluation.StreamVersion < 1) return $"stream version {evaluation.StreamVersion} of '{evaluation.StreamId}' is not 1 or more";
        if (evaluation.Values is null) return $"'{evaluation.StreamId}' has no values list";
        return null;
    }
}
