namespace Grants.Web.Tests.Infrastructure;

/// <summary>One app and database per engine, shared by every test class of that engine; the engines run in parallel.</summary>
[CollectionDefinition(Name)]
public sealed class OnSqlite : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class OnPostgres : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL";
}
