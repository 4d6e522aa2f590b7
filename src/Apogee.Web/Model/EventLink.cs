namespace Apogee.Web.Model;

/// <summary>Another launch an article mentions for context (a reference launch), linked by id.</summary>
public sealed record EventLink(long Id, DateOnly? Earliest, DateOnly? Latest, string Category, string? MissileName);
