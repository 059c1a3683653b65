using AltSeason.Contracts.Messages;
using AltSeason.EventStore.Appending;
using AltSeason.Scoring.Components;
using AltSeason.SignalServices.Processing;
using MassTransit;

namespace AltSeason.Scoring.Consuming;

/// <summary>
/// Takes the three families' evaluation messages into Scoring. Each is handed to the coalescer, which records a
/// batch of them in one transaction through the inbox (<see cref="EvaluationsInbox"/>); the idempotency key is the
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
        // A malformed message would fail the same way on every retry: log what is wrong and drop it.
        if (Problem(family, message) is { } problem)
        {
            logger.LogError("Ignoring a {Family} evaluation message: {Problem}", family, problem);
            return;
        }

        var component = new ComponentRecorded(family, message.AsOf, message.Values, message.ModelVersion, message.CodeVersion,
            message.InputsSha256, new SourceEvaluation(message.StreamId, message.StreamVersion, message.EventSha256, message.RecordedAt),
            ComponentVia.Message);
        var handled = await coalescer.SubmitAsync(new ReceivedEvaluation($"{message.StreamId}@{message.StreamVersion}", component), cancellationToken);
        if (!handled) logger.LogInformation("{Family} {AsOf} ({Stream}@{Version}): already handled", family, message.AsOf, message.StreamId, message.StreamVersion);
    }

    static string? Problem(string family, ISignalsEvaluated message)
    {
        if (!string.Equals(message.Family, family, StringComparison.Ordinal))
            return $"family is '{message.Family}' but the message type is the {family} family's";
        if (!StreamId.IsValid(message.StreamId)) return $"stream id '{message.StreamId}' is not a valid stream id";
        if (message.StreamVersion < 1) return $"stream version {message.StreamVersion} of '{message.StreamId}' is not 1 or more";
        if (message.Values is null) return $"'{message.StreamId}' has no values list";
        return null;
    }
}
