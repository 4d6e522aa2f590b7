using Apogee.Core.Model;

namespace Apogee.Reporting;

/// <summary>How a person reads a claim's value, and which fields of an event the sources disagree on.</summary>
public static class ClaimDisplay
{
    /// <summary>A claim's value with its qualifier: "about 700", "at least 2".</summary>
    public static string Display(Claim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var v = c.Value.ToString();
        return c.Qualifier switch
        {
            Vocabulary.Qualifiers.About => $"about {v}",
            Vocabulary.Qualifiers.AtLeast => $"at least {v}",
            Vocabulary.Qualifiers.MoreThan => $"more than {v}",
            Vocabulary.Qualifiers.LessThan => $"less than {v}",
            Vocabulary.Qualifiers.AtMost => $"at most {v}",
            Vocabulary.Qualifiers.UpTo => $"up to {v}",
            _ => v,
        };
    }
}
