using Apogee.Cli.Framework;

namespace Apogee.Cli.Tests;

/// <summary>What System.CommandLine gives every verb: help, version, errors, completion, response files.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("apogee-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args) => ExtractRun.Cli(_dir, args);

    [Fact]
    public void No_verb_lists_every_verb_and_is_a_usage_error()
    {
        var (code, stdout, _) = Run();
        Assert.Equal(ExitCodes.Usage, code);
        Assert.All(CliApp.Commands, c => Assert.Contains($"  {c.Name}", stdout, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_lists_every_verb_with_its_summary(string flag)
    {
        var (code, stdout, _) = Run(flag);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.All(CliApp.Commands, c => Assert.Contains(c.Summary, stdout, StringComparison.Ordinal));
        Assert.Contains("--version", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verbs_help_shows_its_arguments_and_every_option_with_its_value_name()
    {
        var (code, stdout, _) = Run("ingest", "--help");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("apogee ingest [<PATH...>...] [options]", stdout, StringComparison.Ordinal);
        var ingest = CliApp.Commands.Single(c => c.Name == "ingest");
        Assert.All(ingest.Options, o => Assert.Contains($"--{o.Name}{(o.IsFlag ? "" : $" <{o.ValueName}>")}", stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var (code, stdout, _) = Run("--version");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "apogee: unknown command 'frobnicate'")]
    [InlineData(new[] { "extract", "--fromat", "json", "a.txt" }, "apogee extract: unknown option '--fromat'")]
    [InlineData(new[] { "extract", "--fromat=json", "a.txt" }, "apogee extract: unknown option '--fromat'")]
    [InlineData(new[] { "extract", "a.txt", "--format" }, "apogee extract: required argument missing for option: '--format'")]
    [InlineData(new[] { "show", "1", "2" }, "apogee show: ")]
    public void Bad_command_lines_are_usage_errors_naming_the_problem(string[] args, string message)
    {
        var (code, _, stderr) = Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith(message, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[suggest:3]", "ing", "ingest")]
    [InlineData("[suggest:14]", "ingest --work", "--workers")]
    [InlineData("[suggest:11]", "events --ca", "--category")]
    public void The_suggest_directive_completes_verbs_and_options(string directive, string line, string completion)
    {
        var (code, stdout, _) = Run(directive, line);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(completion, stdout.Split('\n', StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_response_file_supplies_arguments()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "North Korea fired a ballistic missile on 2 April 2024, the Joint Chiefs of Staff said.");
        File.WriteAllText(Path.Combine(_dir, "args.rsp"), "--format\ntable\n--published\n2024-04-02\n");
        var (code, stdout, stderr) = Run("extract", "@" + Path.Combine(_dir, "args.rsp"), Path.Combine(_dir, "a.txt"));
        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.StartsWith("document ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_options_keep_every_value_in_order()
    {
        var parsed = ParsedArgs.Parse(["--corpus", "a", "--gold", "x", "--corpus=b", "--events", "--", "--not-an-option"], CliApp.Commands.Single(c => c.Name == "eval").Options);
        Assert.True(parsed.IsSuccess, parsed.Error);
        Assert.Equal(["a", "b"], parsed.Value.GetAll("corpus"));
        Assert.True(parsed.Value.Flag("events"));
        Assert.False(parsed.Value.Flag("reverse"));
        Assert.Equal(["--not-an-option"], parsed.Value.Positionals);
    }
}
