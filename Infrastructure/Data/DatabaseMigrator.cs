using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Grants.Infrastructure.Data;

/// <summary>Creates the data folder and brings the schema up to date; safe to run on every start.</summary>
public sealed class DatabaseMigrator(GrantsDbContext db, GrantsSettings settings)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        Directory.CreateDirectory(settings.FilesDirectory);
        // Asking a database that does not exist yet for its migrations logs a connection failure; ask whether it exists first.
        var exists = await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken);
        var pending = exists
            ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList()
            : db.Database.GetMigrations().ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Engine == DatabaseEngine.Sqlite)
        {
            // WAL lets readers go on while one writer commits: the web app and the job server share the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        !await db.Users.AnyAsync(cancellationToken) && !await db.Townships.IgnoreQueryFilters().AnyAsync(cancellationToken);
}
