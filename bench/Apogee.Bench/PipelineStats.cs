using System.Diagnostics;

namespace Apogee.Bench;

/// <summary>Counts and stage times of one <see cref="PipelineRunner"/> run. Clean and extract times are summed over workers (CPU time), store time is the writer's wall time.</summary>
public sealed class PipelineStats
{
    public long Read { get; set; }
    public long Failed { get; set; }
    public long Relevant { get; set; }
    public long Created { get; set; }
    public long CleanTicks { get; set; }
    public long ExtractTicks { get; set; }
    public long StoreTicks { get; set; }
    public TimeSpan Elapsed { get; set; }

    public static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
