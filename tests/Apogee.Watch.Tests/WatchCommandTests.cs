using Apogee.Cli;
using Apogee.Cli.Framework;
using Apogee.Watch.Alerts;
using Apogee.Watch.Tests.Support;

namespace Apogee.Watch.Tests;

/// <summary><c>apogee watch</c> through the real CLI entry point, against a local server and a real SQLite file.</summary>
public sealed class WatchCommandTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("apogee-watch-cli-").FullName;
    private ScriptedServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await ScriptedServer.StartAsync();
        await _server.WarmUpAsync();
        _server.On("hook", Responses.Status(200));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Once_ingests_alerts_saves_state_beside_the_database_and_a_second_run_is_silent()
    {
        var item = new Synthetic.Item("wire-1", _server.Url("news/launch-1").AbsoluteUri, "Missile launch", new DateTimeOffset(2026, 11, 20, 1, 30, 0, TimeSpan.Zero));
        _server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss(item), etag: "\"v1\"");
        _server.Serve("news/launch-1", "text/html", Synthetic.FirstReport());
        string[] args = ["watch", "--feed", _server.Url("feed.xml").AbsoluteUri, "--webhook", _server.Url("hook").AbsoluteUri, "--db", "events.db", "--once"];

        var (code, stdout, stderr) = Run(args);

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.StartsWith("ALERT NEW event #1: North Korea, 2026-11-20", stdout, StringComparison.Ordinal);
        Assert.Contains("watch: polled 1, unchanged 0, backing off 0, ingested 1, alerts 1, failures 0", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "events.db.watch.json")));
        var alert = AlertJson.Deserialize(Assert.Single(_server.RequestsTo("hook")).Body)!;
        Assert.Equal(AlertKinds.NewEvent, alert.Kind);

        var (code2, stdout2, _) = Run(args);

        Assert.Equal(ExitCodes.Ok, code2);
        Assert.Equal("", stdout2);
        Assert.Single(_server.RequestsTo("hook"));
        Assert.Equal("\"v1\"", _server.RequestsTo("feed.xml")[^1].IfNoneMatch);
    }

    [Fact]
    public void Json_logging_writes_one_object_per_line_a_cycle_its_tally_a_problem_its_message()
    {
        _server.On("down.xml", Responses.Status(500));
        var item = new Synthetic.Item("wire-1", _server.Url("news/launch-1").AbsoluteUri, "Missile launch", new DateTimeOffset(2026, 11, 20, 1, 30, 0, TimeSpan.Zero));
        _server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss(item));
        _server.Serve("news/launch-1", "text/html", Synthetic.FirstReport());

        var (code, stdout, stderr) = Run(["watch", "--feed", _server.Url("feed.xml").AbsoluteUri, "--feed", _server.Url("down.xml").AbsoluteUri, "--db", "events.db", "--once", "--log-format", "json"]);

        Assert.Equal(ExitCodes.SomeInputsFailed, code);
        Assert.StartsWith("ALERT NEW event #1", stdout, StringComparison.Ordinal); // alerts stay plain, on stdout
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var cycle = Assert.Single(lines, l => l.TryGetProperty("event", out var e) && e.GetString() == "cycle");
        Assert.Equal("Information", cycle.GetProperty("level").GetString());
        Assert.Equal("apogee.watch", cycle.GetProperty("category").GetString());
        Assert.Equal((2, 1, 1), (cycle.GetProperty("polled").GetInt32(), cycle.GetProperty("ingested").GetInt32(), cycle.GetProperty("failures").GetInt32()));
        var problem = Assert.Single(lines, l => l.GetProperty("event").GetString() == "problem");
        Assert.Contains("down.xml: HTTP 500", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Once_exits_1_when_a_source_failed()
    {
        _server.On("down.xml", Responses.Status(500));

        var (code, _, stderr) = Run(["watch", "--feed", _server.Url("down.xml").AbsoluteUri, "--db", "events.db", "--once"]);

        Assert.Equal(ExitCodes.SomeInputsFailed, code);
        Assert.Contains("down.xml: HTTP 500", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "watch" }, "give at least one --feed or --pages URL")]
    [InlineData(new[] { "watch", "--feed", "ftp://x.test/f.xml" }, "not an absolute http or https URL")]
    [InlineData(new[] { "watch", "--feed", "http://x.test/f.xml", "http://y.test/g.xml" }, "unexpected argument 'http://y.test/g.xml'")]
    [InlineData(new[] { "watch", "--pages", "http://x.test/a", "--interval", "often" }, "'often' is not a duration")]
    [InlineData(new[] { "watch", "--feed", "http://x.test/f.xml", "--webhook", "not a url" }, "option '--webhook'")]
    [InlineData(new[] { "watch", "--feed", "http://x.test/f.xml", "--max-bytes", "0" }, "positive whole number")]
    [InlineData(new[] { "watch", "--feed", "http://x.test/f.xml", "--max-seconds", "0" }, "option '--max-seconds'")]
    public void Bad_arguments_are_usage_errors_that_say_what_is_wrong(string[] args, string message)
    {
        var (code, _, stderr) = Run(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    private (int Code, string Out, string Err) Run(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, TextReader.Null, _dir, TimeProvider.System) { Environment = _ => null };
        var code = CliApp.Run(args, context);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
