namespace Grants.Infrastructure.Audit;

/// <summary>Who is acting, from where, and doing what — stamped on every audit record the scope's saves make.</summary>
public interface IAuditContext
{
    string Actor { get; }

    string? Address { get; }

    string Operation { get; }
}

/// <summary>
/// The audit context outside a web request: the system, from no address, doing what the CLI command or the job says it
/// is doing. Scoped and settable, so the code that opens a scope for a command or a job names it.
/// </summary>
public sealed class AuditOperation : IAuditContext
{
    public const string System = "system";

    public string Actor { get; set; } = System;

    public string? Address { get; set; }

    public string Operation { get; set; } = "cli";
}
