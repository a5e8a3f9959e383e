using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Pools;
using Grants.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Pools;

public sealed class NewPoolForm
{
    [Display(Name = "Pools.FiscalYear")]
    [Required(ErrorMessage = "Validation.Required")]
    [Range(2000, 2100, ErrorMessage = "Validation.Range")]
    public int? FiscalYear { get; set; }

    [Display(Name = "Pool.Name")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string Name { get; set; } = "";

    [BindNever]
    public int Id { get; set; }
}

public sealed class CreatePoolHandler(GrantsDbContext db, TimeProvider clock)
{
    public NewPoolForm New() =>
        new() { FiscalYear = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year };

    public async Task HandleAsync(NewPoolForm form, CancellationToken ct)
    {
        var year = form.FiscalYear!.Value;
        var name = form.Name.Trim();
        // The unique index (year, name) is the real guard; this says it in words before it has to.
        if (await db.Pools.AnyAsync(p => p.FiscalYear == year && p.Name == name, ct))
        {
            throw new DomainRuleException("Pools.NameTaken", year, name) { Field = nameof(form.Name) };
        }

        var pool = new FundingPool(year, name);
        db.Pools.Add(pool);
        await db.SaveChangesAsync(ct);
        (form.Id, form.Name) = (pool.Id, pool.Name);
    }
}
