namespace Apogee.Ballistics;

/// <summary>How far the analysis can be trusted, as a person would grade it; the notes say why.</summary>
public enum Confidence
{
    /// <summary>Not enough numbers to say anything.</summary>
    None,

    Low,

    Medium,

    High,
}
