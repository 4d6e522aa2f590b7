using Apogee.Core.Catalogue;

namespace Apogee.Catalogue;

/// <summary>What reading a CNS file gave: its launches (rows folded), how many rows were read, and one message per bad row or unreadable part.</summary>
public sealed record CatalogueRead(IReadOnlyList<CatalogueLaunch> Launches, int Rows, IReadOnlyList<string> Problems);
