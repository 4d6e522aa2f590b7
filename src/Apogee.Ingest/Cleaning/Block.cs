namespace Apogee.Ingest.Cleaning;

/// <summary>
/// One paragraph-level piece of an article before filtering: its text, whether the markup made it a caption
/// (&lt;figcaption&gt;), and the share of its text that sits inside links (menus and related lists are mostly links).
/// </summary>
public sealed record Block(string Text, bool IsCaption = false, double LinkDensity = 0);
