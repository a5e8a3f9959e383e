using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Projects;

public sealed record UnitChoice(int Id, string Name);

public sealed record CommunityChoice(int Id, string Name, string TownshipName, IReadOnlyList<UnitChoice> Units);

/// <summary>登记项目: what a township accountant records when a project is chosen from the residents' suggestions.</summary>
public sealed class ProjectForm
{
    [Display(Name = "Projects.Community")]
    [Required(ErrorMessage = "Validation.Required")]
    public int? CommunityId { get; set; }

    [Display(Name = "Projects.Unit")]
    public int? UnitId { get; set; }

    [Display(Name = "Project.Name")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string Name { get; set; } = "";

    [Display(Name = "Project.CatalogueLine")]
    [Required(ErrorMessage = "Validation.Required")]
    public string? CatalogueLine { get; set; }

    [Display(Name = "Project.Location")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string Location { get; set; } = "";

    [Display(Name = "Projects.SuggestionsCollected")]
    [Required(ErrorMessage = "Validation.Required")]
    [Range(0, 100_000, ErrorMessage = "Validation.Range")]
    public int? SuggestionsCollected { get; set; }

    [Display(Name = "Projects.SuggestionsMerged")]
    [Required(ErrorMessage = "Validation.Required")]
    [Range(0, 100_000, ErrorMessage = "Validation.Range")]
    public int? SuggestionsMerged { get; set; }

    [Display(Name = "Projects.PlannedStart")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? PlannedStart { get; set; }

    [Display(Name = "Projects.PlannedEnd")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? PlannedEnd { get; set; }

    [Display(Name = "Project.ResponsiblePerson")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(40, ErrorMessage = "Validation.StringLength")]
    public string ResponsiblePerson { get; set; } = "";

    [BindNever, ValidateNever]
    public IReadOnlyList<CommunityChoice> Communities { get; set; } = [];

    [BindNever, ValidateNever]
    public int Id { get; set; }
}

public sealed class CreateProjectHandler(GrantsDbContext db)
{
    /// <summary>The communities (with their units) the user may register for: the query filter keeps an accountant to their township.</summary>
    public async Task PrepareAsync(ProjectForm form, CancellationToken ct)
    {
        var communities = await (
            from c in db.Communities.AsNoTracking()
            join t in db.Townships on c.TownshipId equals t.Id
            orderby t.Code, c.Name
            select new { c.Id, c.Name, Township = t.Name }).ToListAsync(ct);
        var units = (await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name, u.CommunityId }).ToListAsync(ct))
            .ToLookup(u => u.CommunityId, u => new UnitChoice(u.Id, u.Name));
        form.Communities = communities.Select(c => new CommunityChoice(c.Id, c.Name, c.Township, units[c.Id].ToList())).ToList();
    }

    public async Task HandleAsync(ProjectForm form, CancellationToken ct)
    {
        // Checked again here, not trusted from the select: a posted id of another township finds nothing in scope.
        var community = await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == form.CommunityId, ct)
            ?? throw new DomainRuleException("Projects.CommunityOutOfScope") { Field = nameof(form.CommunityId) };
        if (form.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId && u.CommunityId == community.Id, ct))
        {
            throw new DomainRuleException("Projects.UnitNotInCommunity") { Field = nameof(form.UnitId) };
        }

        if (!Catalogue.Contains(form.CatalogueLine))
        {
            throw new DomainRuleException("Projects.CatalogueLineUnknown") { Field = nameof(form.CatalogueLine) };
        }

        var project = new Project(community.TownshipId, community.Id, form.UnitId, form.Name, form.CatalogueLine!);
        project.Describe(
            form.Location, form.SuggestionsCollected!.Value, form.SuggestionsMerged!.Value, form.PlannedStart!.Value, form.PlannedEnd!.Value,
            form.ResponsiblePerson);
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        (form.Id, form.Name) = (project.Id, project.Name);
    }
}
