using System.Globalization;
using Apogee.Core;

namespace Apogee.Watch;

/// <summary>Parses the human durations of the command line ("60s", "5m", "1h", "250ms"; a bare number is seconds).</summary>
public static class Durations
{
    public static Result<TimeSpan> Parse(string text)
    {
        var m = WatchRegex.Duration().Match(text ?? "");
        if (!m.Success) return Result<TimeSpan>.Fail(WatchErrors.BadInterval(text ?? ""));
        var n = double.Parse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var span = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "ms" => TimeSpan.FromMilliseconds(n),
            "m" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            _ => TimeSpan.FromSeconds(n),
        };
        return span > TimeSpan.Zero ? Result<TimeSpan>.Ok(span) : Result<TimeSpan>.Fail(WatchErrors.BadInterval(text ?? ""));
    }
}
