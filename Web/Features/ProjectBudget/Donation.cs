using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Features.ProjectSteps;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.ProjectBudget;

/// <summary>社会捐赠: money given to the project, acknowledged with a numbered donation receipt.</summary>
public sealed class DonationForm : ProjectChangeForm
{
    [Display(Name = "Donation.Donor")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string Donor { get; set; } = "";

    [Display(Name = "Projects.Amount")]
    [Required(ErrorMessage = "Validation.Required")]
    [MoneyAmount]
    public string? Amount { get; set; }

    [Display(Name = "Projects.DonatedOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? DonatedOn { get; set; }

    [Display(Name = "Donation.ReceiptNumber")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(40, ErrorMessage = "Validation.StringLength")]
    public string ReceiptNumber { get; set; } = "";
}

public sealed class ReceiveDonationHandler(GrantsDbContext db, TimeProvider clock, ICurrentUser user)
{
    public DonationForm New() => new() { DonatedOn = clock.ChinaToday() };

    public async Task HandleAsync(int id, DonationForm form, CancellationToken ct)
    {
        // Receipt numbers are unique in the whole county; the project only knows its own. The unique index
        // still catches two clerks typing the same number at the same moment.
        var number = form.ReceiptNumber.Trim();
        if (await db.Set<Donation>().AnyAsync(d => d.ReceiptNumber == number, ct))
        {
            throw new DomainRuleException("Rule.DonationReceiptTaken", number) { Field = nameof(form.ReceiptNumber) };
        }

        // The donation and its entry are saved by one SaveChanges: one transaction.
        await db.ChangeProjectAsync(id, p =>
        {
            var donation = p.ReceiveDonation(form.Donor, MoneyAmountAttribute.Parse(form.Amount), form.DonatedOn!.Value, number);
            db.JournalEntries.Add(ProjectPostings.Donation(donation, clock.GetUtcNow(), user.UserName ?? "system"));
        }, ct);
    }
}
