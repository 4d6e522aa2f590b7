namespace Apogee.Knowledge;

/// <summary>Every error text of the knowledge project, in one place; each names the input and the problem.</summary>
internal static class KnowledgeErrors
{
    public static string MissingResource(string file) => $"{file}: embedded knowledge file not found";

    public static string MissingColumn(string file, string column) => $"{file}: header lacks column '{column}'";

    public static string EmptyFile(string file) => $"{file}: no header line";

    public static string WrongFieldCount(string file, int line, int expected, int actual) =>
        $"{file}:{line}: expected {expected} tab-separated fields, found {actual}";

    public static string EmptyField(string file, int line, string column) => $"{file}:{line}: column '{column}' is empty";

    public static string BadNumber(string file, int line, string column, string value) =>
        $"{file}:{line}: column '{column}' is not a number: '{value}'";

    public static string BadCoordinate(string file, int line, string value) =>
        $"{file}:{line}: coordinate out of range: '{value}'";

    public static string BadDate(string file, int line, string column, string value) =>
        $"{file}:{line}: column '{column}' is not a yyyy-MM-dd date: '{value}'";

    public static string EndBeforeStart(string file, int line) => $"{file}:{line}: tenure ends before it starts";

    public static string BadValue(string file, int line, string column, string value) =>
        $"{file}:{line}: column '{column}' has a value outside the vocabulary: '{value}'";

    public static string DuplicateName(string file, int line, string name) =>
        $"{file}:{line}: name '{name}' is already defined";

    public static string UnknownName(string file, int line, string name) =>
        $"{file}:{line}: '{name}' names no known entry";

    public static string UnterminatedQuote(string file, int line) => $"{file}:{line}: quoted CSV field is never closed";

    public static string Unreadable(string path, string problem) => $"{path}: cannot read knowledge source: {problem}";

    public static string InvalidKnowledge(string what, string error) => $"embedded {what} knowledge is invalid: {error}";
}
