namespace Apogee.Extraction.Dates;

/// <summary>Whose day a day word names: the launch's, another event's (a statement, a meeting), or nobody's in particular.</summary>
public enum DayRole
{
    /// <summary>No launch or other event word near it.</summary>
    Neutral,

    /// <summary>"fired a missile on Sunday", "Sunday's launch", "the test Friday morning".</summary>
    Launch,

    /// <summary>"said on Tuesday", "condemned Monday", "Japan on Tuesday said", "a meeting later Sunday".</summary>
    Other,

    /// <summary>"last Sunday", "since Monday", "next Friday", "will meet on Tuesday": not a day of this event.</summary>
    NotThisDay,
}
