namespace Apogee.Cli.Output;

/// <summary>Running totals of one `apogee ingest` run, for its summary line.</summary>
internal sealed class IngestTally
{
    public int New { get; set; }
    public int Duplicate { get; set; }
    public int Irrelevant { get; set; }
    public int Failed { get; set; }
    public HashSet<long> Created { get; } = [];
    public HashSet<long> Updated { get; } = [];
}
