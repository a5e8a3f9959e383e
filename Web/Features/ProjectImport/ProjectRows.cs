using Grants.Domain;
using Grants.Domain.Projects;
using Grants.Web.Features.Projects;

namespace Grants.Web.Features.ProjectImport;

/// <summary>
/// Turns sheet rows into new projects, adding an error for each problem of each row: the same shape checks as the
/// registration form, then the domain's own rules, which throw <see cref="DomainRuleException"/>.
/// </summary>
internal sealed class ProjectRows(ImportPlaces places, List<ImportError> errors)
{
    private readonly Dictionary<(int CommunityId, string Name), int> firstRowOf = [];

    public List<Project> Build(IReadOnlyList<SheetRow> rows)
    {
        var projects = new List<Project>();
        foreach (var row in rows)
        {
            var before = errors.Count;
            var place = Place(row);
            Check(row);
            if (errors.Count > before || place is not { } found)
            {
                continue;
            }

            try
            {
                var project = new Project(found.TownshipId, found.CommunityId, found.UnitId, row.Name, row.CatalogueLine);
                project.Describe(row.Location, row.Collected!.Value, row.Merged!.Value, row.PlannedStart!.Value, row.PlannedEnd!.Value, row.Responsible);
                projects.Add(project);
            }
            catch (DomainRuleException rule)
            {
                errors.Add(ImportError.From(row.Row, rule));
            }
        }

        return projects;
    }

    /// <summary>Township, community and unit; "not found" covers those outside the user's township alike.</summary>
    private (int TownshipId, int CommunityId, int? UnitId)? Place(SheetRow row)
    {
        if (!Required(row, ImportColumns.Township, row.Township) | !Required(row, ImportColumns.Community, row.Community))
        {
            return null;
        }

        if (places.Townships.FirstOrDefault(t => t.Code == row.Township || t.Name == row.Township) is not { } township)
        {
            return Fail(row, ImportColumns.Township, "Import.TownshipNotFound", row.Township);
        }

        if (places.Communities.FirstOrDefault(c => c.TownshipId == township.Id && c.Name == row.Community) is not { } community)
        {
            return Fail(row, ImportColumns.Community, "Import.CommunityNotFound", row.Community, township.Name);
        }

        int? unitId = null;
        if (row.Unit.Length > 0)
        {
            unitId = places.Units.FirstOrDefault(u => u.CommunityId == community.Id && u.Name == row.Unit)?.Id;
            if (unitId is null)
            {
                return Fail(row, ImportColumns.Unit, "Import.UnitNotFound", row.Unit, community.Name);
            }
        }

        var key = (community.Id, row.Name);
        if (places.Registered.Contains(key))
        {
            return Fail(row, ImportColumns.Name, "Import.AlreadyRegistered", row.Name, community.Name);
        }

        if (row.Name.Length > 0 && !firstRowOf.TryAdd(key, row.Row))
        {
            return Fail(row, ImportColumns.Name, "Import.DuplicateInFile", row.Name, firstRowOf[key]);
        }

        return (township.Id, community.Id, unitId);
    }

    /// <summary>What the form's DataAnnotations check, with the same messages.</summary>
    private void Check(SheetRow row)
    {
        Text(row, ImportColumns.Name, row.Name, 100);
        if (Required(row, ImportColumns.CatalogueLine, row.CatalogueLine) && !Catalogue.Contains(row.CatalogueLine))
        {
            Add(row, ImportColumns.CatalogueLine, "Import.CatalogueLineUnknown", row.CatalogueLine);
        }

        Text(row, ImportColumns.Location, row.Location, 100);
        Text(row, ImportColumns.Responsible, row.Responsible, 40);
    }

    private void Text(SheetRow row, ImportColumn column, string value, int maxLength)
    {
        if (Required(row, column, value) && value.Length > maxLength)
        {
            Add(row, column, "Validation.StringLength", column.TextKey, maxLength);
        }
    }

    private bool Required(SheetRow row, ImportColumn column, string value)
    {
        if (value.Length > 0)
        {
            return true;
        }

        Add(row, column, "Validation.Required", column.TextKey);
        return false;
    }

    private (int, int, int?)? Fail(SheetRow row, ImportColumn column, string key, params object[] arguments)
    {
        Add(row, column, key, arguments);
        return null;
    }

    private void Add(SheetRow row, ImportColumn column, string key, params object[] arguments) =>
        errors.Add(new ImportError(row.Row, column, key, arguments));
}
