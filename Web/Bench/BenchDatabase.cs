using Grants.Web.Cli;
using Npgsql;

namespace Grants.Web.Bench;

/// <summary>
/// A throwaway database for one measurement: a temporary SQLite data folder, or a temporary database on the
/// PostgreSQL server named by --connection. Dropped when disposed, so a bench never touches real data.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "grants-bench-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string? serverConnection;
    private readonly string? databaseName;

    private BenchDatabase(string engine, string? serverConnection, string? databaseName)
    {
        Engine = engine;
        this.serverConnection = serverConnection;
        this.databaseName = databaseName;
    }

    public string Engine { get; }

    /// <summary>Host arguments for CliServices.Build and GrantsHost.BuildWeb.</summary>
    public string[] HostArgs => databaseName is null
        ? [$"--Grants:Data={directory}", "--Grants:Db=sqlite", $"--environment={CommonOptions.DemoEnvironment}"]
        :
        [
            $"--Grants:Data={directory}", "--Grants:Db=postgres", $"--environment={CommonOptions.DemoEnvironment}",
            $"--Grants:Connection={new NpgsqlConnectionStringBuilder(serverConnection) { Database = databaseName }}",
        ];

    /// <param name="postgresServer">null for SQLite; otherwise a connection string to the server (its database is ignored).</param>
    public static async Task<BenchDatabase> CreateAsync(string? postgresServer, CancellationToken ct)
    {
        if (postgresServer is null)
        {
            return new BenchDatabase("sqlite", null, null);
        }

        var name = "grants_bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(postgresServer, $"CREATE DATABASE \"{name}\"", ct);
        return new BenchDatabase("postgres", postgresServer, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(serverConnection!, $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", CancellationToken.None);
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static async Task ExecuteAsync(string serverConnection, string sql, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(serverConnection) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
