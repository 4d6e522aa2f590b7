using System.Globalization;
using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// Launch times as HH:MM (24 h) at the launch site. Korean and Japanese times (KST, JST, Pyongyang time, "local
/// time") are the same clock for this purpose; a time given in GMT/UTC, a US zone (ET, Hawaii time, ...) or another
/// known zone is moved to UTC+9 (<see cref="ClockZones"/>); unknown zones are skipped.
/// </summary>
public static class TimeFinder
{
    /// <param name="sentence">The sentence to read.</param>
    /// <param name="reference">A day near the launch (published), for US daylight saving; null leaves US times unconverted.</param>
    public static IReadOnlyList<Fact> Find(string sentence, DateOnly? reference = null)
    {
        var facts = new List<Fact>();
        foreach (Match m in ExtractionPatterns.ClockTime().Matches(sentence))
        {
            int hour, minute;
            if (m.Groups[3].Success)
            {
                hour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                minute = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
                var pm = m.Groups[3].Value.StartsWith('p') || m.Groups[3].Value.StartsWith('P');
                if (hour is < 1 or > 12) continue;
                hour = hour % 12 + (pm ? 12 : 0);
            }
            else if (m.Groups["h"].Success)
            {
                hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
                minute = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            }
            else
            {
                hour = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
                minute = int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture);
            }

            if (hour > 23 || minute > 59) continue;
            if (IsRunningTime(sentence, m)) continue;

            // "at 9 a.m., one hour before the launch": the launch's clock is the hour after.
            if (OffsetFromLaunch(sentence, m.Index + m.Length) is { } offsetMinutes)
            {
                var total = (((hour * 60) + minute + offsetMinutes) % 1440 + 1440) % 1440;
                (hour, minute) = (total / 60, total % 60);
            }

            if (ZoneOf(sentence[(m.Index + m.Length)..]) is { } zone && !ClockZones.IsSiteClock(zone))
            {
                // A time in another zone is moved to the site's clock; a zone whose offset is not known (no day for US daylight saving) is skipped.
                if (ClockZones.OffsetMinutes(zone, reference) is not { } offset) continue;
                (hour, minute, _) = ClockZones.ToSite(hour, minute, offset);
            }

            facts.Add(new Fact(Vocabulary.Fields.TimeLocal, ClaimValue.Of($"{hour:00}:{minute:00}"), Qualifier(sentence[..m.Index]), m.Index));
        }

        // "shortly after noon on Monday", "at midday local time": twelve o'clock, at the site unless a zone follows.
        if (sentence.Contains("noon", StringComparison.OrdinalIgnoreCase) || sentence.Contains("midday", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in ExtractionPatterns.NoonClock().Matches(sentence))
            {
                var w = m.Groups["w"];
                var (hour, minute) = (12, 0);
                if (ZoneOf(sentence[(w.Index + w.Length)..]) is { } zone && !ClockZones.IsSiteClock(zone))
                {
                    if (ClockZones.OffsetMinutes(zone, reference) is not { } offset) continue;
                    (hour, minute, _) = ClockZones.ToSite(hour, minute, offset);
                }

                var q = m.Groups["q"].Value.ToLowerInvariant();
                var qualifier = q is "at" ? Vocabulary.Qualifiers.Exact : Vocabulary.Qualifiers.About;
                facts.Add(new Fact(Vocabulary.Fields.TimeLocal, ClaimValue.Of($"{hour:00}:{minute:00}"), qualifier, w.Index));
            }
        }

        // "fired ... at 2234 GMT": wires give the clock in GMT without a colon when they give no local one; moved to the site.
        if (facts.Count == 0 && (sentence.Contains("GMT", StringComparison.Ordinal) || sentence.Contains("UTC", StringComparison.Ordinal)))
        {
            foreach (Match m in ExtractionPatterns.GmtFourDigitClock().Matches(sentence))
            {
                if (ClockZones.OffsetMinutes("GMT", reference) is not { } offset) continue;
                var (hour, minute, _) = ClockZones.ToSite(int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), offset);
                facts.Add(new Fact(Vocabulary.Fields.TimeLocal, ClaimValue.Of($"{hour:00}:{minute:00}"), Qualifier(sentence[..m.Index]), m.Index));
            }
        }

        return facts;
    }

    /// <summary>Whether the clock ending at <paramref name="clockEnd"/> is placed against the launch ("at 9 a.m., one hour before the launch"): its shifted value is the launch's clock.</summary>
    public static bool PlacedAgainstLaunch(string sentence, int clockEnd) => OffsetFromLaunch(sentence, clockEnd) is not null;

    /// <summary>The minutes from a clock to the launch told right after it ("one hour before the launch": +60), or null.</summary>
    private static int? OffsetFromLaunch(string sentence, int end)
    {
        var m = ExtractionPatterns.OffsetFromLaunchAfterClock().Match(sentence, end, Math.Min(sentence.Length - end, 120));
        if (!m.Success) return null;
        if (Quantities.NumberWords.Parse(m.Groups["n"].Value) is not { } parsed) return null;
        var count = (int)parsed;
        var minutes = m.Groups["u"].Value.StartsWith("hour", StringComparison.OrdinalIgnoreCase) ? count * 60 : count;
        return m.Groups["dir"].Value.Equals("after", StringComparison.OrdinalIgnoreCase) ? -minutes : minutes;
    }

    /// <summary>
    /// "MUST WATCH ... launches missile 02:31": a bare minutes-and-seconds figure closing a line that presents a video is
    /// the video's running time, not a clock (a clock has a zone, a.m./p.m. or words after it).
    /// </summary>
    private static bool IsRunningTime(string sentence, Match clock)
    {
        if (clock.Groups[3].Success || !clock.Groups[4].Success) return false;
        var end = clock.Index + clock.Length;
        var lineEnd = sentence.IndexOf('\n', end);
        var rest = sentence.AsSpan(clock.Index, (lineEnd < 0 ? sentence.Length : lineEnd) - clock.Index);
        if (!ExtractionPatterns.ClockEndsLine().IsMatch(rest)) return false;
        var lineStart = sentence.LastIndexOf('\n', Math.Max(0, clock.Index - 1)) + 1;
        return ExtractionPatterns.VideoLabel().IsMatch(sentence.AsSpan(lineStart, clock.Index - lineStart));
    }

    /// <summary>
    /// The zone written with a time: right after it ("10:40 a.m. Hawaii time", "7:27 a.m. (KST)"), else GMT/UTC/ET
    /// within the next few characters but not inside a following bracket, which converts the time itself
    /// ("2:34 p.m. (0534 GMT)" is local).
    /// </summary>
    public static string? ZoneOf(string after)
    {
        if (ExtractionPatterns.ZoneAfterTime().Match(after) is { Success: true } z) return z.Groups["zone"].Value;
        var window = after.Length > 20 ? after[..20] : after;
        if (window.IndexOf('(', StringComparison.Ordinal) is >= 0 and var paren) window = window[..paren];
        var zone = ExtractionPatterns.ForeignZone().Match(window);
        return zone.Success ? zone.Value : null;
    }

    /// <summary>
    /// The part of day the sentence gives the launch: the first part-of-day word that is not another event's
    /// ("confirmed Tuesday night that ...", "after a noon announcement", "a meeting Tuesday afternoon" are skipped).
    /// </summary>
    public static string? PartOfDayWord(string sentence)
    {
        Match? m = null;
        foreach (Match c in ExtractionPatterns.PartOfDay().Matches(sentence))
        {
            if (DayMentionClassifier.Classify(sentence, c.Index, c.Index + c.Length) is DayRole.Other or DayRole.NotThisDay) continue;
            m = c;
            break;
        }

        if (m is null) return null;
        // "early Thursday": launches reported so are in the small hours or the morning.
        if (m.Value.StartsWith("early", StringComparison.OrdinalIgnoreCase)) return Vocabulary.PartsOfDay.Morning;
        return m.Value.ToLowerInvariant() switch
        {
            "morning" or "dawn" or "daybreak" or "predawn" or "pre-dawn" or "small hours" => Vocabulary.PartsOfDay.Morning,
            "afternoon" or "noon" => Vocabulary.PartsOfDay.Afternoon,
            "evening" => Vocabulary.PartsOfDay.Evening,
            _ => Vocabulary.PartsOfDay.Night,
        };
    }

    public static string PartOfDayOf(string hhmm)
    {
        var h = int.Parse(hhmm[..2], CultureInfo.InvariantCulture);
        return h switch
        {
            >= 5 and < 12 => Vocabulary.PartsOfDay.Morning,
            >= 12 and < 17 => Vocabulary.PartsOfDay.Afternoon,
            >= 17 and < 21 => Vocabulary.PartsOfDay.Evening,
            _ => Vocabulary.PartsOfDay.Night,
        };
    }

    private static string Qualifier(string before)
    {
        var t = before.TrimEnd().ToLowerInvariant();
        return t.EndsWith("around", StringComparison.Ordinal) || t.EndsWith("about", StringComparison.Ordinal) || t.EndsWith("approximately", StringComparison.Ordinal)
            ? Vocabulary.Qualifiers.About : Vocabulary.Qualifiers.Exact;
    }
}
