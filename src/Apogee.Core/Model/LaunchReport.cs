namespace Apogee.Core.Model;

/// <summary>What <c>apogee extract</c> prints for one document (../shared/spec/launch-report.md).</summary>
public sealed record LaunchReport(string Document, DateOnly? Published, bool Relevant, IReadOnlyList<LaunchEvent> Events)
{
    public LaunchEvent? Primary => Events.FirstOrDefault(e => e.Role == Vocabulary.Roles.Primary);
}
