using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Grants.Infrastructure.Data;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGrantsDbContext>
{
    public SqliteGrantsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGrantsDbContext>().UseSqlite("Data Source=design.db").Options, new SystemUser(), new AuditOperation());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGrantsDbContext>
{
    public PostgresGrantsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGrantsDbContext>().UseNpgsql("Host=localhost;Database=design").Options, new SystemUser(), new AuditOperation());
}
