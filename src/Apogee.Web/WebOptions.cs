namespace Apogee.Web;

/// <summary>How to run the app: the store to open, where to listen, the key that unlocks writes, and the request body cap.</summary>
public sealed record WebOptions
{
    public const long DefaultMaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>The --db value: a SQLite file path or a postgres:// URL (see Apogee.Storage.EventStoreFactory).</summary>
    public string Db { get; init; } = "apogee.db";

    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Writes (POST /api/documents) are refused unless this is set and presented as X-Api-Key.</summary>
    public string? ApiKey { get; init; }

    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>Each posted document's size and time budget for cleaning and extraction (--max-seconds).</summary>
    public Apogee.Core.Pipeline.DocumentBudget Budget { get; init; } = Apogee.Core.Pipeline.DocumentBudget.Default;

    /// <summary>
    /// Where serve logs (one line per request, and the framework's warnings): the CLI's stderr. Null keeps ASP.NET's
    /// own providers (the in-process tests).
    /// </summary>
    public TextWriter? Log { get; init; }

    /// <summary>With <see cref="Log"/>: one JSON object per line instead of the plain message.</summary>
    public bool LogJson { get; init; }

    /// <summary>Stamps JSON log lines.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Folder of the dashboard's static files; null finds wwwroot next to the assembly or in the source tree.</summary>
    public string? WebRoot { get; init; }
}
