using System.ComponentModel.DataAnnotations;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Features.ProjectSteps;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.ProjectBudget;

/// <summary>群众自筹（现金）: what the residents put in, in cash; replaces the amount recorded before.</summary>
public sealed class SelfFundingForm : ProjectChangeForm
{
    [Display(Name = "Projects.SelfFunding")]
    [Required(ErrorMessage = "Validation.Required")]
    [MoneyAmount(AllowZero = true)]
    public string? Amount { get; set; }
}

public sealed class PledgeSelfFundingHandler(GrantsDbContext db, TimeProvider clock, ICurrentUser user)
{
    public async Task<SelfFundingForm> NewAsync(int id, CancellationToken ct)
    {
        var current = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => p.SelfFundingCash).SingleOrDefaultAsync(ct);
        return new SelfFundingForm { Amount = current.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) };
    }

    /// <summary>Posts the change in the same SaveChanges: more cash in, or a correction taking some back out.</summary>
    public Task HandleAsync(int id, SelfFundingForm form, CancellationToken ct) => db.ChangeProjectAsync(id, p =>
    {
        var change = p.PledgeSelfFunding(MoneyAmountAttribute.Parse(form.Amount));
        if (ProjectPostings.SelfFunding(p, change, clock.ChinaToday(), clock.GetUtcNow(), user.UserName ?? "system") is { } entry)
        {
            db.JournalEntries.Add(entry);
        }
    }, ct);
}
