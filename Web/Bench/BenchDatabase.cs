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
            await DropAsync();
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

    /// <summary>
    /// An autovacuum worker busy on the fresh rows is a backend WITH (FORCE) may not end for an ordinary role
    /// (42501), so the drop waits for it a while; a database still left is named, and the figures are not lost.
    /// </summary>
    private async Task DropAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(serverConnection!, $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", CancellationToken.None);
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 60)
                {
                    BenchReport.Phase($"could not drop the temporary database {databaseName} ({e.MessageText}); drop it by hand");
                    return;
                }

                await Task.Delay(TimeSpan.FromSeconds(2));
            }
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
