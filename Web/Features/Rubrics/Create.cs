using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Rubrics;

/// <summary>One row of the criteria table; a row left wholly blank is no criterion.</summary>
public sealed class CriterionInput
{
    [Display(Name = "Rubrics.CriterionName")]
    public string? Name { get; set; }

    [Display(Name = "Rubrics.MaxPoints")]
    public decimal? MaxPoints { get; set; }

    /// <summary>Blank: the same as the maximum points (the points add straight into the composite).</summary>
    [Display(Name = "Rubrics.Weight")]
    public decimal? Weight { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && MaxPoints is null && Weight is null;
}

/// <summary>A new version of a category's rubric (考核细则). <see cref="Version"/> is the number the page offered.</summary>
public sealed class RubricForm
{
    public const int Rows = 8;

    [Display(Name = "Rubrics.EffectiveFrom")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(10, ErrorMessage = "Validation.StringLength")]
    public string? EffectiveFrom { get; set; }

    [Display(Name = "Rubrics.ResidentsWeight")]
    [Required(ErrorMessage = "Validation.Required")]
    public decimal? ResidentsWeight { get; set; }

    public List<CriterionInput> Criteria { get; set; } = [];

    public int Version { get; set; }

    [BindNever, ValidateNever]
    public CommunityCategory Category { get; set; }

    /// <summary>The version the rows were filled from, if the category has one.</summary>
    [BindNever, ValidateNever]
    public int? BasedOn { get; set; }
}

public sealed class CreateRubricHandler(GrantsDbContext db, ICurrentUser user, TimeProvider clock)
{
    // Both columns are numeric(9, 4): refuse what the database would round or overflow, rather than store another figure.
    private const decimal Largest = 10_000m;

    /// <summary>The form prefilled from the category's latest version, effective from the quarter after this one.</summary>
    public async Task<RubricForm> NewAsync(CommunityCategory category, CancellationToken ct)
    {
        var form = new RubricForm { EffectiveFrom = Quarter.Containing(clock.ChinaToday()).Next.ToString() };
        var latest = await Versions(category).Include(r => r.Criteria)
            .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        if (latest is not null)
        {
            form.BasedOn = latest.Version;
            form.ResidentsWeight = latest.ResidentsWeight;
            form.Criteria = [.. latest.Criteria.OrderBy(c => c.Order).Select(c => new CriterionInput { Name = c.Name, MaxPoints = c.MaxPoints, Weight = c.Weight })];
        }

        Prepare(category, form);
        form.Version = await NextVersionAsync(category, ct);
        return form;
    }

    /// <summary>What the page shows but does not post, and blank rows up to <see cref="RubricForm.Rows"/>.</summary>
    public static void Prepare(CommunityCategory category, RubricForm form)
    {
        form.Category = category;
        while (form.Criteria.Count < RubricForm.Rows)
        {
            form.Criteria.Add(new CriterionInput());
        }
    }

    public async Task HandleAsync(CommunityCategory category, RubricForm form, CancellationToken ct)
    {
        var from = Quarter.TryParse(form.EffectiveFrom)
            ?? throw new DomainRuleException("Rule.Assessment.QuarterInvalid", form.EffectiveFrom ?? "") { Field = nameof(form.EffectiveFrom) };
        var rows = form.Criteria.Where(c => !c.IsBlank).ToList();
        DomainRulesException.ThrowIfAny([.. OutOfRange(form.ResidentsWeight!.Value, rows)]);
        if (form.Version != await NextVersionAsync(category, ct))
        {
            throw SavedMeanwhile();
        }

        var specs = rows.Select(c => new CriterionSpec(c.Name ?? "", c.MaxPoints ?? 0m, c.Weight)).ToList();
        db.Rubrics.Add(new Rubric(category, form.Version, from, form.ResidentsWeight!.Value, specs, user.UserName ?? "system", clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // Another administrator's submit took this number between our check and our insert: (Category, Version) is unique.
            throw SavedMeanwhile();
        }
    }

    private IQueryable<Rubric> Versions(CommunityCategory category) => db.Rubrics.AsNoTracking().Where(r => r.Category == category);

    private async Task<int> NextVersionAsync(CommunityCategory category, CancellationToken ct) =>
        new RubricBook(await Versions(category).ToListAsync(ct)).NextVersion(category);

    private static IEnumerable<DomainRuleException> OutOfRange(decimal residentsWeight, List<CriterionInput> rows)
    {
        if (!Fits(residentsWeight))
        {
            yield return new DomainRuleException("Rubrics.FigureInvalid", "Rubrics.ResidentsWeight") { Field = nameof(RubricForm.ResidentsWeight) };
        }

        foreach (var row in rows.Where(r => !Fits(r.MaxPoints ?? 0m) || !Fits(r.Weight ?? 0m)))
        {
            yield return new DomainRuleException("Rubrics.FigureInvalid", row.Name?.Trim() ?? "") { Field = nameof(RubricForm.Criteria) };
        }
    }

    private static bool Fits(decimal value) => decimal.Round(value, 4) == value && Math.Abs(value) < Largest;

    private static DomainRuleException SavedMeanwhile() => new("Rubrics.SavedMeanwhile");
}
