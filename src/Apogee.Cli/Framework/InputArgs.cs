using Apogee.Core;
using Apogee.Core.Pipeline;

namespace Apogee.Cli.Framework;

/// <summary>
/// The arguments every verb that reads articles shares (clean, extract, ingest): PATH... (files, folders, '-' for stdin),
/// <c>--published</c> and <c>--max-bytes</c>. Parsed and checked in one place so the verbs agree on spelling and messages.
/// </summary>
public static class InputArgs
{
    public const string NeedPaths = "give at least one PATH: a file, a folder, or '-' for stdin";

    /// <summary>Checks the inputs and reading options; the value is the options to read with.</summary>
    public static Result<ReadOptions> Parse(ParsedArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Positionals.Count == 0) return Result<ReadOptions>.Fail(NeedPaths);
        var published = args.GetDate("published");
        if (!published.IsSuccess) return Result<ReadOptions>.Fail(published.Error!);
        var maxBytes = args.GetPositiveWhole("max-bytes", ReadOptions.DefaultMaxBytes);
        return maxBytes.IsSuccess
            ? Result<ReadOptions>.Ok(new ReadOptions(published.Value, maxBytes.Value))
            : Result<ReadOptions>.Fail(maxBytes.Error!);
    }

    /// <summary>The input paths, relative ones resolved against the command's working folder ('-' stays stdin).</summary>
    public static IReadOnlyList<string> Paths(ParsedArgs args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        return args.Positionals.Select(p => p == "-" ? p : context.Resolve(p)).ToArray();
    }
}
