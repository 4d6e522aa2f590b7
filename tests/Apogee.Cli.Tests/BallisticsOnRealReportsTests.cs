using Apogee.Ballistics;
using Apogee.Cli.Evaluation;
using Apogee.Core.Pipeline;
using Apogee.Reporting;
using Xunit.Abstractions;

namespace Apogee.Cli.Tests;

/// <summary>
/// Issue #15: every lofted flight a real report gives (read from ../shared at test time) gets a finite standard-range
/// estimate with a finite band, the launch's analysis as <c>show</c> and the event page run it, not "any point on Earth".
/// </summary>
public class BallisticsOnRealReportsTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_lofted_flight_in_the_real_reports_gets_a_finite_standard_range_with_a_band()
    {
        string[] sets = ["seeds", "dev", "dev2"];
        var (reports, _) = CorpusExtraction.Run([.. sets.Select(s => ExtractSharedFolder.Get("corpus", s))], new ReadOptions());
        var lofted = 0;
        foreach (var report in reports)
        {
            foreach (var e in report.Events.Where(e => e.ApogeeKm is not null && e.RangeKm is not null))
            {
                var a = BallisticsAnalyzer.Analyze(EventBallistics.Input(e));
                if (a.Trajectory != TrajectoryClass.Lofted) continue;
                lofted++;
                var name = $"{report.Document} ({e.Role}: {e.ApogeeKm} km up, {e.RangeKm} km)";
                Assert.True(a.StandardRangeKm is { } km && double.IsFinite(km) && km < BallisticsAnalyzer.MaxRangeKm, $"{name}: standard range {a.StandardRangeKm}");
                Assert.True(a.StandardRangeLowKm is { } low && a.StandardRangeHighKm is { } high && low <= a.StandardRangeKm && a.StandardRangeKm <= high && high < BallisticsAnalyzer.MaxRangeKm,
                    $"{name}: band {a.StandardRangeLowKm}-{a.StandardRangeHighKm} around {a.StandardRangeKm}");
                Assert.DoesNotContain(BallisticsNotes.GlobalReach, a.Notes);
                output.WriteLine($"{name}: {a.StandardRangeKm:F0} km ({a.StandardRangeLowKm:F0}-{a.StandardRangeHighKm:F0})");
            }
        }

        // Six lofted flights among the reports' launches and the earlier launches they mention when this was written (2017 Hwasong-12, -14, -15 and a 2016 Musudan).
        Assert.True(lofted >= 6, $"only {lofted} lofted flights found in the real reports");
    }
}
