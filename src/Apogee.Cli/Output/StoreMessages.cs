namespace Apogee.Cli.Output;

/// <summary>Texts of the store verbs (ingest, events, show, export), in one place.</summary>
internal static class StoreMessages
{
    public const string DbEnvironment = "APOGEE_DB";

    public static string NoDatabase(string path) => $"no database at '{path}': run 'apogee ingest' first or pass --db";

    public static string NoEvent(string id) => $"no event with id '{id}'";

    public static string BadEventId(string id) => $"EVENT must be a numeric event id, not '{id}'";

    public static string BadCategory(string c) => $"option '--category' wants one of {string.Join(", ", Core.Model.Vocabulary.Categories.All)}, not '{c}'";

    public static string BadFormat(string f, string allowed) => $"option '--format' wants one of {allowed}, not '{f}'";

    public static string BadCount(string option, string? value) => $"option '--{option}' wants a whole number of at least 0, not '{value}'";

    public static string NeedOneEvent => "give exactly one EVENT id";

    public static string NoBallistics => "no range or apogee reported: nothing to analyse";

    public static string TooMany(string option, long value, int max) => $"option '--{option}' wants at most {max}, not '{value}'";

    public static string Summary(int @new, int duplicate, int irrelevant, int failed, int created, int updated) =>
        $"documents: {@new} new, {duplicate} duplicate, {irrelevant} irrelevant, {failed} failed; events: {created} created, {updated} updated";

    public static string CatalogueUsage => "give 'import FILE' or 'diff'";

    public static string CatalogueImportNeedsFile => "'catalogue import' needs exactly one FILE";

    public static string CatalogueDiffTakesNoFile => "'catalogue diff' takes no FILE; --since and --until choose the period";

    public static string CatalogueImportOnly(string option) => $"option '--{option}' goes with 'catalogue diff', not 'import'";

    public static string CatalogueNothingRead(string file) => $"{file}: no row could be read; nothing imported";

    public static string CatalogueImported(string file, int rows, int bad, int launches, int added, int updated, int unchanged, int relinked) =>
        $"{file}: {rows} row(s) read, {bad} bad; {launches} launch(es): {added} added, {updated} updated, {unchanged} unchanged; {relinked} event link(s) changed";

    public static string CatalogueEvalTakesDb(string option) => $"--catalogue scores a store: it takes --db, not --{option}";

    public static string Unexpected(string argument) => $"unexpected argument '{argument}'";
}
