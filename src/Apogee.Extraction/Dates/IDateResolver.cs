namespace Apogee.Extraction.Dates;

/// <summary>Dates the primary launch from evidence, never from the clock.</summary>
public interface IDateResolver
{
    ResolvedDate Resolve(DateEvidence evidence);
}
