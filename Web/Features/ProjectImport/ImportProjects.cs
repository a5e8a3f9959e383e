using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.ProjectImport;

public sealed record ImportResult(int Imported, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// 导入项目清单: registers every row of a county template as a project, exactly as the registration form does, or
/// none of them. Every row is checked and every problem reported before anything is written; then one SaveChanges,
/// one transaction. The township scope of the DbContext decides which townships and communities a row may name.
/// </summary>
public sealed class ImportProjectsHandler(GrantsDbContext db)
{
    /// <param name="file">A seekable stream of the uploaded file.</param>
    /// <param name="onlyTownshipCode">Refuse rows of any other township (the CLI's --township), on top of the user's scope.</param>
    public async Task<ImportResult> HandleAsync(Stream file, string? onlyTownshipCode, CancellationToken ct)
    {
        if (WorkbookFile.Check(file) is { } refused)
        {
            return new ImportResult(0, [refused]);
        }

        var sheet = ProjectSheetReader.Read(file);
        if (sheet.Rows.Count == 0 && sheet.Errors.Count == 0)
        {
            return new ImportResult(0, [ImportError.ForFile("Import.NoRows")]);
        }

        var places = await PlacesAsync(sheet.Rows, onlyTownshipCode, ct);
        var errors = sheet.Errors.ToList();
        var projects = new ProjectRows(places, errors).Build(sheet.Rows);
        if (errors.Count > 0)
        {
            return new ImportResult(0, [.. errors.OrderBy(e => e.Row).ThenBy(e => ImportColumns.Order(e.Column))]);
        }

        db.Projects.AddRange(projects);
        await db.SaveChangesAsync(ct);
        return new ImportResult(projects.Count, []);
    }

    /// <summary>The townships, communities and units the rows may name, and the projects those communities already have.</summary>
    private async Task<ImportPlaces> PlacesAsync(IReadOnlyList<SheetRow> rows, string? onlyTownshipCode, CancellationToken ct)
    {
        var townships = await db.Townships.AsNoTracking()
            .Where(t => onlyTownshipCode == null || t.Code == onlyTownshipCode)
            .Select(t => new PlaceRef(t.Id, t.Code, t.Name)).ToListAsync(ct);
        var townshipIds = townships.Select(t => t.Id).ToList();
        var names = rows.Select(r => r.Community).Distinct().ToList();
        var communities = await db.Communities.AsNoTracking()
            .Where(c => townshipIds.Contains(c.TownshipId) && names.Contains(c.Name))
            .Select(c => new CommunityRef(c.Id, c.TownshipId, c.Name)).ToListAsync(ct);
        var communityIds = communities.Select(c => c.Id).ToList();
        var units = await db.Units.AsNoTracking().Where(u => communityIds.Contains(u.CommunityId))
            .Select(u => new UnitRef(u.Id, u.CommunityId, u.Name)).ToListAsync(ct);
        var registered = await db.Projects.AsNoTracking().Where(p => communityIds.Contains(p.CommunityId))
            .Select(p => new { p.CommunityId, p.Name }).ToListAsync(ct);
        return new ImportPlaces(townships, communities, units, registered.Select(p => (p.CommunityId, p.Name)).ToHashSet());
    }
}

internal sealed record PlaceRef(int Id, string Code, string Name);

internal sealed record CommunityRef(int Id, int TownshipId, string Name);

internal sealed record UnitRef(int Id, int CommunityId, string Name);

internal sealed record ImportPlaces(
    IReadOnlyList<PlaceRef> Townships, IReadOnlyList<CommunityRef> Communities, IReadOnlyList<UnitRef> Units,
    IReadOnlySet<(int CommunityId, string Name)> Registered);
