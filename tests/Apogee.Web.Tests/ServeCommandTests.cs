using Apogee.Cli;
using Apogee.Cli.Commands;
using Apogee.Cli.Framework;

namespace Apogee.Web.Tests;

/// <summary>`apogee serve` argument handling: usage errors exit 2 with a reason, a database that cannot open exits 3.</summary>
public sealed class ServeCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var ctx = new CliContext(o, e, TextReader.Null, Path.GetTempPath(), TimeProvider.System) { Environment = _ => null };
        var code = CliApp.Run(args, ctx);
        return (code, o.ToString(), e.ToString());
    }

    [Theory]
    [InlineData("--urls", "ftp://127.0.0.1:21", "--urls")]
    [InlineData("--urls", "not a url", "--urls")]
    [InlineData("--max-body-bytes", "lots", "--max-body-bytes")]
    [InlineData("--max-body-bytes", "0", "--max-body-bytes")]
    [InlineData("--max-seconds", "0", "--max-seconds")]
    [InlineData("--max-seconds", "soon", "--max-seconds")]
    [InlineData("--port", "80", "--port")]
    [InlineData("extra-positional", null, "no arguments")]
    public void Usage_errors_exit_2_and_say_why(string arg, string? value, string hint)
    {
        var (code, _, err) = value is null ? Run("serve", arg) : Run("serve", arg, value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(hint, err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_in_a_missing_folder_fails_at_startup_with_a_message()
    {
        var db = Path.Combine(Path.GetTempPath(), "apogee-no-such-folder-" + Guid.NewGuid().ToString("N"), "x.db");
        var (code, _, err) = Run("serve", "--db", db, "--urls", "http://127.0.0.1:0");
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("apogee serve:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_come_from_flags_then_environment()
    {
        var args = Apogee.Cli.Framework.ParsedArgs.Parse(["--db", "x.db"], new ServeCommand().Options).Value;
        var ctx = new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null, "/work/here", TimeProvider.System)
        {
            Environment = n => n == "APOGEE_API_KEY" ? "from-env" : null,
        };
        var o = ServeCommand.ToOptions(args, ctx);
        Assert.Equal(Path.Combine("/work/here", "x.db"), o.Db);
        Assert.Equal("from-env", o.ApiKey);
        Assert.Equal("http://127.0.0.1:5080", o.Urls);
        Assert.Equal(Apogee.Core.Pipeline.DocumentBudget.DefaultMaxTime, o.Budget.Time);
    }

    [Fact]
    public void Max_seconds_sets_the_time_budget_of_each_posted_document()
    {
        var args = Apogee.Cli.Framework.ParsedArgs.Parse(["--max-seconds", "5"], new ServeCommand().Options).Value;
        var o = ServeCommand.ToOptions(args, new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null, "/work/here", TimeProvider.System) { Environment = _ => null });
        Assert.Equal(TimeSpan.FromSeconds(5), o.Budget.MaxTime);
    }
}
