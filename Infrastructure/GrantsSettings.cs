using System.Net;
using Microsoft.Extensions.Configuration;

namespace Grants.Infrastructure;

public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the data lives. Read from the "Grants" configuration section, which command-line options,
/// appsettings and environment variables (Grants__Db, Grants__Connection, Grants__Data) all feed.
/// </summary>
public sealed record GrantsSettings(string DataDirectory, DatabaseEngine Engine, string ConnectionString)
{
    /// <summary>Reverse proxies whose X-Forwarded-For/-Proto headers are believed (Grants:TrustedProxies, comma-separated).</summary>
    public IReadOnlyList<IPAddress> TrustedProxies { get; init; } = [];

    public const string Section = "Grants";

    public string FilesDirectory => Path.Combine(DataDirectory, "files");

    public string JobsDatabasePath => Path.Combine(DataDirectory, "jobs.db");

    public string EngineName => Engine == DatabaseEngine.Sqlite ? "sqlite" : "postgres";

    public static GrantsSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var data = Path.GetFullPath(section["Data"] is { Length: > 0 } d ? d : "data");
        var engine = (section["Db"] ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => DatabaseEngine.Sqlite,
            "postgres" or "postgresql" => DatabaseEngine.Postgres,
            var other => throw new OperatorException($"Unknown database engine '{other}': use sqlite or postgres."),
        };
        var connection = section["Connection"];
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = engine == DatabaseEngine.Sqlite
                ? $"Data Source={Path.Combine(data, "grants.db")}"
                : throw new OperatorException("PostgreSQL needs a connection string: --connection \"Host=…;Database=…;Username=…;Password=…\".");
        }

        var proxies = (section["TrustedProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => IPAddress.TryParse(p, out var ip) ? ip : throw new OperatorException($"Grants:TrustedProxies: '{p}' is not an IP address."))
            .ToList();
        return new GrantsSettings(data, engine, connection) { TrustedProxies = proxies };
    }
}
