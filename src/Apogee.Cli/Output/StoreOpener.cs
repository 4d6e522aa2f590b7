using Apogee.Cli.Framework;
using Apogee.Core;
using Apogee.Core.Storage;
using Apogee.Storage;

namespace Apogee.Cli.Output;

/// <summary>Opens the database a verb names: --db, else $APOGEE_DB, else ./apogee.db (relative paths from the working folder).</summary>
internal static class StoreOpener
{
    public static Result<IEventStore> Open(ParsedArgs args, CliContext context, bool mustExist)
    {
        var spec = args.Get(Commands.CommonOptions.Db.Name) ?? context.Environment(StoreMessages.DbEnvironment) ?? StoreSpec.DefaultPath;
        var parsed = StoreSpec.Parse(spec);
        if (!parsed.IsSuccess) return Result<IEventStore>.Fail(parsed.Error!);
        if (parsed.Value.Engine == StoreSpec.Sqlite)
        {
            spec = Path.IsPathRooted(spec) ? spec : Path.GetFullPath(Path.Combine(context.WorkingDirectory, spec));
            // Reading verbs must not leave an empty database behind a typo.
            if (mustExist && !File.Exists(spec)) return Result<IEventStore>.Fail(StoreMessages.NoDatabase(spec));
        }

        return EventStoreFactory.TryOpen(spec);
    }
}
