using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Dates;
using Apogee.Extraction.Missiles;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.References;

/// <summary>
/// Earlier launches a report dates to the day ("last Wednesday", "on Jan. 5"): reference events with a one-day
/// interval and the category the same sentence states. Month-only mentions ("in March") are too loose to keep.
/// </summary>
public static class ReferenceFinder
{
    public static IReadOnlyList<LaunchEvent> Find(IEnumerable<string> sentences, DateOnly? anchor, string actor, string? primaryWeekday)
    {
        var found = new Dictionary<DateOnly, LaunchEvent>();
        if (anchor is not { } a) return [];
        foreach (var s in sentences)
        {
            if (!ExtractionPatterns.LaunchOrTest().IsMatch(s)) continue;
            var category = CategoryIn(s);
            foreach (Match m in ExtractionPatterns.LastWeekday().Matches(s))
            {
                if (DateFinder.ParseWeekday(m.Groups[1].Value) is { } wd) Add(found, DateResolver.LastBefore(a, wd), category, actor, "last weekday before the launch");
            }

            // A bare weekday other than the launch's own, in a sentence about a launch or test, is the one before it.
            foreach (Match m in ExtractionPatterns.Weekday().Matches(s))
            {
                var before = s[..m.Index];
                if (m.Value == primaryWeekday || ExtractionPatterns.StatementBeforeWeekday().IsMatch(before) || before.TrimEnd().EndsWith("last", StringComparison.OrdinalIgnoreCase)) continue;
                if (DateFinder.ParseWeekday(m.Value) is { } wd && primaryWeekday is not null) Add(found, DateResolver.LastBefore(a, wd), category, actor, "weekday before the launch");
            }

            foreach (var d in DateFinder.FindDates(s))
            {
                if (d.Resolve(a) is { } day && day < a && day > a.AddYears(-3)) Add(found, day, category, actor, "date in text");
            }
        }

        return found.Values.OrderBy(e => e.Date.Earliest).ToList();
    }

    private static string CategoryIn(string s)
    {
        var words = ExtractionPatterns.CategoryWord().Matches(s).Select(m => ClassFinder.CategoryOf(m.Value)).ToList();
        foreach (var c in new[] { Vocabulary.Categories.Hypersonic, Vocabulary.Categories.Cruise, Vocabulary.Categories.SpaceLaunch, Vocabulary.Categories.RocketArtillery, Vocabulary.Categories.Ballistic })
        {
            if (words.Contains(c)) return c;
        }

        return Vocabulary.Categories.Unknown;
    }

    private static void Add(Dictionary<DateOnly, LaunchEvent> found, DateOnly day, string category, string actor, string basis)
    {
        if (found.ContainsKey(day)) return;
        found[day] = new LaunchEvent
        {
            Role = Vocabulary.Roles.Reference,
            Actor = actor,
            Date = DateBounds.Day(day, basis),
            Weekday = day.DayOfWeek.ToString(),
            Category = category,
        };
    }
}
