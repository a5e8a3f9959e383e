using System.ComponentModel.DataAnnotations;
using Grants.Infrastructure.Data;
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

public sealed class PledgeSelfFundingHandler(GrantsDbContext db)
{
    public async Task<SelfFundingForm> NewAsync(int id, CancellationToken ct)
    {
        var current = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => p.SelfFundingCash).SingleOrDefaultAsync(ct);
        return new SelfFundingForm { Amount = current.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) };
    }

    public Task HandleAsync(int id, SelfFundingForm form, CancellationToken ct) =>
        db.ChangeProjectAsync(id, p => p.PledgeSelfFunding(MoneyAmountAttribute.Parse(form.Amount)), ct);
}
