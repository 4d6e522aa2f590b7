using System.Text.Json;
using Apogee.Core.Json;
using Apogee.Watch.Http;

namespace Apogee.Watch.State;

/// <summary>
/// Loads and saves <see cref="WatchState"/> as JSON. Saves go to a temporary file then replace the old one,
/// so a crash mid-write leaves the previous state, never half a file. An unreadable file is reported and ignored.
/// </summary>
public sealed class WatchStateFile(string path)
{
    public const int Version = 1;

    public string Path { get; } = path;

    public WatchState Load(TextWriter log)
    {
        var state = new WatchState();
        if (!File.Exists(Path)) return state;
        try
        {
            var data = JsonSerializer.Deserialize<WatchStateData>(File.ReadAllText(Path), ContractJson.Options);
            if (data is null) return state;
            foreach (var (url, v) in data.Validators ?? new Dictionary<string, ValidatorData>())
            {
                if (Uri.TryCreate(url, UriKind.Absolute, out var u)) state.SetValidators(u, new Validators(v.Etag, v.LastModified));
            }

            foreach (var (feed, ids) in data.Seen ?? new Dictionary<string, IReadOnlyList<string>>())
            {
                foreach (var id in ids) state.MarkSeen(feed, id);
            }

            foreach (var id in data.Announced ?? []) state.MarkAnnounced(id);
            foreach (var pending in data.Pending ?? []) state.AddPending(pending);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            log.WriteLine(WatchErrors.StateUnreadable(Path, ex.Message));
            return new WatchState();
        }

        return state;
    }

    public void Save(WatchState state)
    {
        var data = new WatchStateData(
            Version,
            state.AllValidators.ToDictionary(kv => kv.Key, kv => new ValidatorData(kv.Value.ETag, kv.Value.LastModified), StringComparer.Ordinal),
            state.AllSeen.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal),
            [.. state.Announced],
            [.. state.Pending]);
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var tmp = Path + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(data, ContractJson.Options));
        File.Move(tmp, Path, overwrite: true);
    }
}
