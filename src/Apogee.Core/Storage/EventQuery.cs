namespace Apogee.Core.Storage;

/// <summary>Filters and paging for listing events. Order is stable: by earliest date, then id.</summary>
public sealed record EventQuery
{
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public string? Actor { get; init; }
    public string? Site { get; init; }
    public string? Category { get; init; }
    public string? RangeClass { get; init; }
    public double? MinRange { get; init; }
    public double? MaxRange { get; init; }

    /// <summary>Case-insensitive text search over claim quotes.</summary>
    public string? Text { get; init; }

    /// <summary>Keyset paging: rows after this position in listing order (then <see cref="Offset"/> more are skipped).</summary>
    public EventCursor? After { get; init; }

    public int Offset { get; init; }
    public int Limit { get; init; } = int.MaxValue;

    public static EventQuery All { get; } = new();
}
