using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;

namespace Grants.Web.Features.Audit;

/// <summary>
/// 审计验证: what `./grants verify` proves of the trail, run from the auditor's page — the chain, then the journal
/// against the records that posted it. It reads every record, so it takes seconds on millions.
/// </summary>
public sealed class AuditVerifyQuery(GrantsDbContext db)
{
    public Task<AuditVerification> RunAsync(AuditAnchor? anchor, CancellationToken ct) => new AuditVerifier(db).VerifyAsync(anchor, null, ct);
}

public sealed record AuditVerifyPage(AuditVerification Result, string? Head);
