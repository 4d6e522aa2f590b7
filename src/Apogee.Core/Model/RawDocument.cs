namespace Apogee.Core.Model;

/// <summary>The kind of markup a raw document carries.</summary>
public enum ContentKind
{
    Text,
    Html,
}

/// <summary>An article as read, before cleaning. <see cref="Name"/> is the file name without extension (the contract's <c>document</c>).</summary>
public sealed record RawDocument(string Name, string Origin, string Content, ContentKind Kind, DocumentMetadata Metadata);
