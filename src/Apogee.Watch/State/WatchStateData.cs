namespace Apogee.Watch.State;

/// <summary>The JSON shape of the state file (version 1). Keys are sorted so identical state writes identical bytes.</summary>
public sealed record WatchStateData(
    int Version,
    IReadOnlyDictionary<string, ValidatorData> Validators,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Seen,
    IReadOnlyList<long> Announced,
    IReadOnlyList<PendingAlert>? Pending = null);
