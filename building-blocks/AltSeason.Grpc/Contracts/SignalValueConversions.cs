using Message = AltSeason.Contracts.V1.SignalValue;
using Domain = AltSeason.TimeSeries.SignalValue;

namespace AltSeason.Grpc.Contracts;

/// <summary>Between the contract's SignalValue message and the domain record of the same name.</summary>
public static class SignalValueConversions
{
    public static Message ToMessage(this Domain value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var message = new Message { Name = value.Name, Unit = value.Unit, Text = value.Text ?? "" };
        if (value.Value is { } number)
        {
            message.Value = number;
        }

        return message;
    }

    public static Domain ToDomain(this Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Domain(message.Name, message.HasValue ? message.Value : null, message.Unit, message.Text.Length == 0 ? null : message.Text);
    }
}
