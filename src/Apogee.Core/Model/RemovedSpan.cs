namespace Apogee.Core.Model;

/// <summary>A paragraph the cleaner took out of the article, and why (e.g. "signup-prompt", "caption", "related-list").</summary>
public sealed record RemovedSpan(string Text, string Reason);
