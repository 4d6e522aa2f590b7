namespace Apogee.Knowledge;

/// <summary>
/// An officeholder named in a text. A surface that fits several tenures of one person (e.g. "Shinzo Abe",
/// "President Trump") yields one mention per tenure, all with the same span. <see cref="Former"/> is true when
/// the text marks the reference as past ("former President ...", "the late ...", "then-...", "Trump's first
/// term"), so date logic should not read it as "in office at publication".
/// </summary>
public sealed record OfficeholderMention(Officeholder Holder, int Start, int Length, string Surface, bool Former = false);
