namespace Apogee.Cli.Tests;

/// <summary>The ingest verb end to end (real reader, cleaner, extractor, SQLite file) on short synthetic articles.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private const string Launch =
        "North Korea fired a ballistic missile into the sea off its east coast on Tuesday, South Korea's Joint Chiefs of Staff said.\n\n" +
        "The missile was launched from the Sunan area at 7:20 a.m. and flew about 600 kilometers, the Joint Chiefs of Staff said.\n";

    private const string SameLaunch =
        "North Korea launched a ballistic missile on Tuesday morning, Japan's Defense Ministry said.\n\n" +
        "Japan's Defense Ministry said the missile flew about 650 kilometers and reached an altitude of 50 kilometers.\n";

    private const string Unrelated = "Officials met on Monday to discuss trade tariffs and farm subsidies, the ministry said.\n";

    private readonly EventsTestData _data = new();

    public IngestCommandTests()
    {
        Input = Path.Combine(_data.Dir, "in");
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, "alpha.txt"), Launch);
        File.WriteAllText(Path.Combine(Input, "beta.txt"), SameLaunch);
        File.WriteAllText(Path.Combine(Input, "gamma.txt"), Unrelated);
    }

    private string Input { get; }

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Ingest_prints_a_line_per_document_and_a_summary_then_duplicates_on_rerun()
    {
        var (code, stdout, stderr) = _data.Run("ingest", "in", "--published", "2024-03-20");
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["alpha\tnew\t+1", "beta\tnew\t~1", "gamma\tirrelevant\t-"], lines[..3]);
        Assert.Equal("documents: 2 new, 0 duplicate, 1 irrelevant, 0 failed; events: 1 created, 0 updated", lines[3]);

        var again = _data.Run("ingest", "in", "--published", "2024-03-20");
        Assert.Equal(0, again.Code);
        Assert.EndsWith("documents: 0 new, 3 duplicate, 0 irrelevant, 0 failed; events: 0 created, 0 updated\n", again.Out, StringComparison.Ordinal);

        var events = _data.Run("events", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, events.Length);
        Assert.EndsWith(",alpha; beta", events[1], StringComparison.Ordinal); // documents, the last export column
    }

    [Fact]
    public void A_failed_input_is_named_on_stderr_and_the_batch_goes_on()
    {
        var (code, stdout, stderr) = _data.Run("ingest", "missing.txt", Path.Combine("in", "alpha.txt"), "--db", "other.db", "--published", "2024-03-20");
        Assert.Equal(1, code);
        Assert.Contains("missing.txt", stderr, StringComparison.Ordinal);
        Assert.Contains("alpha\tnew\t+1", stdout, StringComparison.Ordinal);
        Assert.Contains("1 new, 0 duplicate, 0 irrelevant, 1 failed", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_data.Dir, "other.db")));
    }

    [Theory]
    [InlineData(new string[0], "at least one")]
    [InlineData(new[] { "in", "--published", "20 March" }, "YYYY-MM-DD")]
    [InlineData(new[] { "in", "--max-bytes", "-5" }, "positive whole number")]
    public void Bad_arguments_are_usage_errors(string[] args, string message)
    {
        var (code, _, stderr) = _data.Run(["ingest", .. args]);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }
}
