namespace Apogee.Knowledge.Data;

/// <summary>One parsed line of officeholders.tsv, before patterns are worked out across all rows.</summary>
internal sealed record OfficeholderRow(
    int Line, string Name, string Office, string Country, DateOnly From, DateOnly? To, string Surname, bool Bare, IReadOnlyList<string> Variants);
