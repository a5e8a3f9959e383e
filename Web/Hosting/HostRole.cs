namespace Grants.Web.Hosting;

/// <summary>
/// Which parts a process runs. SQLite supports only <see cref="All"/>: its Hangfire storage is safe within
/// one process only. On PostgreSQL, web and worker processes can run on different machines.
/// </summary>
public enum HostRole
{
    All,
    Web,
    Worker,
}
