namespace Apogee.Web.Model;

/// <summary>POST /api/documents body: one article as plain text or HTML, with optional metadata.</summary>
public sealed record IngestRequest(
    string? Name = null,
    string? Text = null,
    string? Html = null,
    string? Published = null,
    string? Url = null,
    string? Outlet = null,
    string? Title = null);
