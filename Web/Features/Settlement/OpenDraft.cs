using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Settlement;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Settlement;

/// <summary>What opening a quarter did: drafted it now, or found it already open (and left it as it was).</summary>
public sealed record OpenedDraft(int SettlementId, Quarter Quarter, bool AlreadyOpen);

/// <summary>
/// 发起结账: closes the quarter's scoring and computes the draft, inline — a county's draft takes seconds. A quarter
/// that already has a settlement is not drafted again from here: re-drafting discards a review, so it is a button of
/// its own on the settlement, guarded by the version the clerk saw.
/// </summary>
public sealed class OpenDraftHandler(GrantsDbContext db, SettlementDrafting drafting, ICurrentUser user)
{
    public async Task<OpenedDraft> HandleAsync(OpenDraftForm form, CancellationToken ct)
    {
        var quarter = Quarter.TryParse(form.Quarter)
            ?? throw new DomainRuleException("Rule.Assessment.QuarterInvalid", form.Quarter ?? "") { Field = nameof(form.Quarter) };
        var existing = await db.Settlements.AsNoTracking().Where(s => s.Quarter == quarter).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct);
        return existing is { } id
            ? new OpenedDraft(id, quarter, AlreadyOpen: true)
            : new OpenedDraft(await drafting.DraftAsync(quarter, user.UserName ?? "system", ct), quarter, AlreadyOpen: false);
    }
}
