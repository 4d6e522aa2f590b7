namespace Apogee.Extraction.Quantities;

/// <summary>Finds the measured figures a sentence states: range, apogee, speed, flight time, count.</summary>
public interface IQuantityFinder
{
    IReadOnlyList<Fact> Find(string sentence);
}
