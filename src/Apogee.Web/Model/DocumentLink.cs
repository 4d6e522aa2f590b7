namespace Apogee.Web.Model;

/// <summary>A reporting article, enough to cite it and open it.</summary>
public sealed record DocumentLink(long Id, string Name, string? Outlet, string? Title, string? Url, DateOnly? Published);
