// The fit of docs/BALLISTICS.md (Proof 1), reproducible: every published standard-range estimate the repo holds
// (../shared/data/physics/lofted-tests.csv and data/ballistics/published-estimates.csv), analysed by the real
// library with one parameter set, printed with its band and error. Run from the repository root:
//   dotnet run -c Release tools/ballistics-fit.cs                      the shipped defaults, every row
//   dotnet run -c Release tools/ballistics-fit.cs -- --fraction 0.988 --sharpness 12
//   dotnet run -c Release tools/ballistics-fit.cs -- --grid            ceiling fraction x sharpness over the train rows
// Scoring is the test's (PublishedEstimatesProof): "between" against the middle, any other figure against itself,
// two-sided (within 15 % either way), bounds too: "more than X", "at least X", "up to X" are scored against X.
// The grid ranks by the largest |error| on the rows marked train, then by their mean |error|; the check rows are
// printed for the chosen set but play no part in the ranking.
#:project ../src/Apogee.Ballistics/Apogee.Ballistics.csproj
#:property PublishAot=false
using System.Globalization;
using Apogee.Ballistics;

var inv = CultureInfo.InvariantCulture;
var shared = Path.GetFullPath(Path.Combine("..", "shared", "data", "physics", "lofted-tests.csv"));
var local = Path.GetFullPath(Path.Combine("data", "ballistics", "published-estimates.csv"));
if (!File.Exists(shared) || !File.Exists(local))
{
    Console.Error.WriteLine($"{shared} or {local}: not found; run from the repository root with ../shared present");
    return 1;
}

var rows = new List<Row>();
Load(shared, defaultRole: "train");
Load(local, defaultRole: null);

double? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length
    ? double.Parse(args[i + 1], inv) : null;

var baseOptions = BallisticsOptions.Default;
if (args.Contains("--grid"))
{
    // --gravity also scales the lofted extra gravity loss (0.6-1.3 x the profile's): is the ceiling the lever?
    var gravity = args.Contains("--gravity") ? [0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3] : new[] { 1.0 };
    var results = new List<(double F, double K, double G, double Max, double Mean, double[] Sorted)>();
    foreach (var g in gravity)
    {
        for (var f = 0.950; f <= 1.0001; f += 0.002)
        {
            for (var k = 4.0; k <= 30; k += 1)
            {
                var o = baseOptions with { StandardSpeedCeilingFraction = f, CeilingSharpness = k };
                var errs = rows.Where(r => r.Role == "train").Select(r => Math.Abs(Score(r, o, g).Error)).ToList();
                results.Add((f, k, g, errs.Max(), errs.Average(), [.. errs.Select(e => Math.Round(e, 3)).OrderDescending()]));
            }
        }
    }

    // Lexicographic minimax: the largest train |error| first, then the next largest, and so on (errors rounded to
    // 0.1 %): "within 15 % of every row" read strictly. Three train rows are one flight (the 2017 Hwasong-15 at
    // 10,000, 12,875 and 13,000 km), whose conflict alone fixes the largest error near 13 %; the next ones decide.
    Console.WriteLine("best 15 on the train rows (largest |error|, then the next largest, ...):");
    var ranked = results.ToList();
    ranked.Sort((x, y) => x.Sorted.Zip(y.Sorted, (a, b) => a.CompareTo(b)).FirstOrDefault(c => c != 0));
    foreach (var r in ranked.Take(15))
    {
        Console.WriteLine(string.Create(inv, $"  fraction {r.F:0.000}  k {r.K,4:0}  gravity x{r.G:0.0}  max {r.Max,6:0.0%}  mean {r.Mean,6:0.0%}  errors {string.Join(" ", r.Sorted.Select(e => e.ToString("0.0%", inv)))}"));
    }

    return 0;
}

var options = baseOptions with
{
    StandardSpeedCeilingFraction = Arg("--fraction") ?? baseOptions.StandardSpeedCeilingFraction,
    CeilingSharpness = Arg("--sharpness") ?? baseOptions.CeilingSharpness,
};
Console.WriteLine(string.Create(inv, $"ceiling fraction {options.StandardSpeedCeilingFraction:0.000}, sharpness {options.CeilingSharpness:0.#}, gravity loss spread {options.GravityLossSpread:0.##}, altitude spread {options.BurnoutAltitudeSpread:0.##}, ceiling spread {options.CeilingSpread:0.###}"));
Console.WriteLine($"{"role",-5} {"row",-72} {"apogee",7} {"range",6} {"published",10} {"model",7} {"band",13} {"error",7} {"ceiling took",12}");
foreach (var role in new[] { "train", "check" })
{
    var errors = new List<double>();
    foreach (var r in rows.Where(r => r.Role == role))
    {
        // With --gravity-scale the band and the ceiling column are the analyzer's (unscaled); the model is the scaled one.
        var (a, model, error) = Score(r, options, Arg("--gravity-scale") ?? 1);
        errors.Add(Math.Abs(error));
        var flag = Math.Abs(error) > 0.15 ? "  MISS" : "";
        Console.WriteLine(string.Create(inv,
            $"{role,-5} {r.Name,-72} {r.Apogee,7:0.#} {r.Range,6:0.#} {r.Qualifier,-3}{r.Published,7:0} {model,7:0} {a.StandardRangeLowKm,6:0}-{a.StandardRangeHighKm,-6:0} {error,7:+0.0%;-0.0%} {a.Assumptions!.CeilingReductionKmS,7:0.000} km/s{flag}"));
    }

    Console.WriteLine(string.Create(inv, $"{role}: {errors.Count} rows, largest |error| {errors.Max():0.0%}, mean {errors.Average():0.0%}, outside 15 %: {errors.Count(e => e > 0.15)}"));
}

return 0;

(BallisticsAnalysis A, double Model, double Error) Score(Row r, BallisticsOptions o, double gravityScale = 1)
{
    var a = BallisticsAnalyzer.Analyze(new BallisticsInput(r.Apogee, r.Range, r.Time), o);
    var model = a.StandardRangeKm!.Value;
    if (gravityScale != 1)
    {
        // The profile the analyzer chose, with its lofted gravity loss scaled: the flight solved again directly.
        var profile = new[] { BoostProfile.ShortRange, BoostProfile.SingleStage, BoostProfile.TwoStage }.Single(p => p.Name == a.BoostProfile);
        model = FlightSolver.Solve(r.Apogee, r.Range, a.Trajectory!.Value, profile.Varied(gravityScale, 1), o)!.StandardRangeKm;
    }

    return (a, model, (model - r.Published) / r.Published);
}

void Load(string path, string? defaultRole)
{
    var t = CsvTable.Parse(File.ReadAllText(path));
    foreach (var row in t.Rows)
    {
        double? Num(string col) => double.TryParse(t.Cell(row, col), NumberStyles.Float, inv, out var v) ? v : null;
        var who = t.Cell(row, "estimated_by");
        var name = $"{t.Cell(row, "missile")} {t.Cell(row, "date_local")} {(who.Length > 40 ? who[..40] : who)}";
        var qualifier = t.Cell(row, "qualifier") switch
        {
            "more than" => ">",
            "at least" => ">=",
            "up to" or "as much as" => "<=",
            "between" => "mid",
            _ => "",
        };
        rows.Add(new Row(name, defaultRole ?? t.Cell(row, "role"), Num("apogee_km")!.Value, Num("range_km")!.Value,
            Num("flight_time_min"), Num("published_standard_range_km")!.Value, qualifier));
    }
}

internal sealed record Row(string Name, string Role, double Apogee, double Range, double? Time, double Published, string Qualifier);
