using AltSeason.Contracts.V1;

namespace AltSeason.Grpc.Contracts;

/// <summary>Between the contract's <see cref="Date"/> message and <see cref="DateOnly"/>.</summary>
public static class DateConversions
{
    public static Date ToMessage(this DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    /// <summary>Throws an INVALID_ARGUMENT <see cref="RpcException"/> naming the field when the date does not exist.</summary>
    public static DateOnly ToDateOnly(this Date? date, string fieldName)
    {
        if (date is null)
        {
            throw new RpcException(StatusCode.InvalidArgument, $"{fieldName} is required.");
        }

        if (date.Year is < 1 or > 9999 || date.Month is < 1 or > 12 || date.Day < 1
            || date.Day > DateTime.DaysInMonth(date.Year, date.Month))
        {
            throw new RpcException(StatusCode.InvalidArgument,
                $"{fieldName} {date.Year:D4}-{date.Month:D2}-{date.Day:D2} is not a calendar date.");
        }

        return new DateOnly(date.Year, date.Month, date.Day);
    }
}
