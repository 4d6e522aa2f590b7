using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Apogee.Web.Tests.Support;

/// <summary>The app through the real ASP.NET Core pipeline (in-memory transport) over a seeded SQLite file.</summary>
public sealed class ApiFactory : WebApplicationFactory<WebOptions>
{
    public const string Key = "test-key-7f3a";
    public const long BodyCap = 64 * 1024;

    private readonly SeededDatabase _db = new();

    public SeededDatabase Database => _db;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Apogee:Db", _db.Path);
        builder.UseSetting("Apogee:ApiKey", Key);
        builder.UseSetting("Apogee:MaxBodyBytes", BodyCap.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _db.Dispose();
    }
}
