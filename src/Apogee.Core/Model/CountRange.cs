namespace Apogee.Core.Model;

/// <summary>How many missiles: "at least one" = (1, null); "two" = (2, 2).</summary>
public sealed record CountRange(int Min, int? Max)
{
    public static CountRange Exactly(int n) => new(n, n);

    public static CountRange AtLeast(int n) => new(n, null);

    public override string ToString() => Max == Min ? $"{Min}" : Max is null ? $"{Min}+" : $"{Min}-{Max}";
}
