using Apogee.Cli.Framework;

namespace Apogee.Cli.Tests;

/// <summary>The clean verb end to end through CliApp, on real files in a temp folder.</summary>
public sealed class CleanCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "apogee-clean-" + Guid.NewGuid().ToString("N"));

    public CleanCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, new CliContext(stdout, stderr, new StringReader(stdin), _dir, TimeProvider.System));
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private const string Article = """
        Join Harbor News for access to this content
        North Korea fired a ballistic missile on Tuesday, Seoul said.

        A launch on Jan. 2, 2026. (AP Photo/Kim Ra)
        CLICK HERE TO GET THE HARBOR NEWS APP
        The missile flew 300 km.
        """;

    [Fact]
    public void Prints_the_clean_text()
    {
        Write("story.txt", Article);
        var (code, stdout, stderr) = Run("", "clean", "story.txt");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("North Korea fired a ballistic missile on Tuesday, Seoul said.\n\nThe missile flew 300 km.\n", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Explain_lists_removed_spans_with_reasons_and_captions()
    {
        Write("story.txt", Article);
        var (code, stdout, _) = Run("", "clean", "story.txt", "--explain");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("[signup-prompt] Join Harbor News for access to this content\n", stdout, StringComparison.Ordinal);
        Assert.Contains("[caption] A launch on Jan. 2, 2026. (AP Photo/Kim Ra)\n", stdout, StringComparison.Ordinal);
        Assert.Contains("[app-banner] CLICK HERE TO GET THE HARBOR NEWS APP\n", stdout, StringComparison.Ordinal);
        Assert.Contains("-- captions (1)\nA launch on Jan. 2, 2026. (AP Photo/Kim Ra)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_stdin()
    {
        var (code, stdout, _) = Run("<html><body><article><p>Seoul said one missile was fired.</p></article></body></html>", "clean", "-");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("Seoul said one missile was fired.\n", stdout);
    }

    [Theory]
    [InlineData("missing.txt", "no such file or folder")]
    [InlineData("empty.txt", "empty or whitespace-only")]
    [InlineData("only-ads.txt", "no article text found")]
    public void Bad_input_is_one_line_on_stderr_and_exit_1(string file, string problem)
    {
        Write("empty.txt", "   ");
        Write("only-ads.txt", "Advertisement\nShare this article");
        var (code, stdout, stderr) = Run("", "clean", file);
        Assert.Equal(ExitCodes.SomeInputsFailed, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("apogee clean: ", line, StringComparison.Ordinal);
        Assert.Contains(file.Replace(".txt", "", StringComparison.Ordinal), line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_does_not_stop_the_others()
    {
        Write("a.txt", "The first story says a missile was fired.");
        Write("b.txt", "");
        Write("c.txt", "The third story says two missiles were fired.");
        var (code, stdout, stderr) = Run("", "clean", _dir);
        Assert.Equal(ExitCodes.SomeInputsFailed, code);
        Assert.Contains("== a\nThe first story", stdout, StringComparison.Ordinal);
        Assert.Contains("== c\nThe third story", stdout, StringComparison.Ordinal);
        Assert.Contains("b.txt: empty or whitespace-only", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-bytes", "lots")]
    [InlineData("--published", "yesterday")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        Write("story.txt", Article);
        var (code, _, stderr) = Run("", "clean", "story.txt", option, value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_path_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, Run("", "clean").Code);
    }
}
