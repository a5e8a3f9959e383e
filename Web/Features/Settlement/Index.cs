using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Settlement;

/// <summary>A quarter on the overview: how far its scoring is, and its settlement when there is one.</summary>
public sealed record QuarterRow(Quarter Quarter, int Pilots, int Complete, int? SettlementId, SettlementStatus? Status, int? Round, Money? AwardTotal)
{
    public bool ScoringComplete => Pilots > 0 && Complete >= Pilots;
}

/// <summary>
/// The overview page and its one form, 发起结账: the quarter to open. The page renders from the form, so a refused
/// opening (scores missing, no pool, a short pool) comes back as a message above the same list.
/// </summary>
public sealed class OpenDraftForm
{
    [Display(Name = "Settlement.Quarter")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(6, ErrorMessage = "Validation.StringLength")]
    public string? Quarter { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<QuarterRow> Quarters { get; set; } = [];

    /// <summary>The quarter in progress and the four before it, latest first.</summary>
    [BindNever, ValidateNever]
    public IReadOnlyList<Quarter> Choices { get; set; } = [];
}

public sealed class SettlementIndexQuery(GrantsDbContext db, TimeProvider clock)
{
    /// <summary>The quarter a clerk settles now: the last one that has ended, in China's calendar.</summary>
    public Quarter LastFinished => Quarter.Containing(clock.ChinaToday()).Previous;

    public async Task<OpenDraftForm> NewAsync(CancellationToken ct)
    {
        var form = new OpenDraftForm { Quarter = LastFinished.ToString() };
        await FillAsync(form, ct);
        return form;
    }

    /// <summary>
    /// Every quarter with scorecards or a settlement, latest first. Complete cards are counted in the database, per
    /// quarter, over the communities that are pilots now — what closing the quarter checks (QuarterScoring).
    /// </summary>
    public async Task FillAsync(OpenDraftForm form, CancellationToken ct)
    {
        var pilots = await db.Communities.CountAsync(c => c.IsPilot, ct);
        var scored = await (
                from s in db.Scorecards.AsNoTracking()
                join c in db.Communities on s.CommunityId equals c.Id
                where c.IsPilot
                group s by s.Quarter into g
                select new { Quarter = g.Key, Complete = g.Count(s => s.Status != ScorecardStatus.Draft) })
            .ToListAsync(ct);
        var settlements = await db.Settlements.AsNoTracking()
            .Select(s => new { s.Id, s.Quarter, s.Status, s.Round, s.AwardTotal }).ToListAsync(ct);

        var complete = scored.ToDictionary(s => s.Quarter, s => s.Complete);
        form.Quarters = complete.Keys.Union(settlements.Select(s => s.Quarter)).OrderDescending()
            .Select(q => (Quarter: q, Settlement: settlements.Find(s => s.Quarter == q)))
            .Select(x => new QuarterRow(x.Quarter, pilots, complete.GetValueOrDefault(x.Quarter), x.Settlement?.Id, x.Settlement?.Status,
                x.Settlement?.Round, x.Settlement?.AwardTotal))
            .ToList();
        var current = Quarter.Containing(clock.ChinaToday());
        form.Choices = [.. Enumerable.Range(0, 5).Select(back => Back(current, back))];
    }

    private static Quarter Back(Quarter quarter, int quarters)
    {
        for (var i = 0; i < quarters; i++)
        {
            quarter = quarter.Previous;
        }

        return quarter;
    }
}
