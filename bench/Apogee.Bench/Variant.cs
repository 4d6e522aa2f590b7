using Apogee.Core.Model;

namespace Apogee.Bench;

/// <summary>
/// One rewriting of a real document as another outlet might have run it; <see cref="Make"/> gives null where it does
/// not apply (no weekday to rewrite, no publication day to shift). The launch is the same in every variant: what the
/// original extraction said of it should stay. <see cref="MovesPublished"/>: the variant sets another publication day.
/// </summary>
internal sealed record Variant(string Name, string Describes, Func<CleanDocument, LaunchReport, CleanDocument?> Make, bool MovesPublished = false);
