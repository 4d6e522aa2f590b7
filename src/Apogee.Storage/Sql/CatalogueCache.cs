using System.Data.Common;
using Apogee.Catalogue;

namespace Apogee.Storage.Sql;

/// <summary>
/// The writer's catalogue matcher, kept per store instance and rebuilt only when the catalogue's version (the last
/// import that changed it, <see cref="CatalogueSql.Version"/>) moves: every write transaction asks, but reads the
/// launches again only after an import, by this process or another.
/// </summary>
internal sealed class CatalogueCache
{
    private readonly Lock _gate = new();
    private (long Version, CatalogueMatcher? Matcher) _current = (-1, null);

    /// <summary>The matcher of the catalogue as this transaction sees it; null when the catalogue is empty.</summary>
    public CatalogueMatcher? Matcher(DbConnection c, DbTransaction tx)
    {
        var version = CatalogueSql.Version(c, tx);
        lock (_gate)
        {
            if (_current.Version == version) return _current.Matcher;
        }

        var matcher = version == 0 ? null : new CatalogueMatcher(CatalogueSql.Launches(c, tx));
        lock (_gate)
        {
            _current = (version, matcher);
        }

        return matcher;
    }
}
