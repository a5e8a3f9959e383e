namespace Grants.Web.Features.ProjectImport;

/// <summary>
/// One column of the county's project list template (项目清单导入模板). <see cref="Header"/> is the county's Chinese
/// header in every language: it is the file's contract. <see cref="TextKey"/> names the column on the page.
/// </summary>
public sealed record ImportColumn(string Header, string TextKey, string HelpKey, bool Required, double Width);

public static class ImportColumns
{
    public static readonly ImportColumn Township = new("乡镇", "Import.Column.Township", "Import.Help.Township", true, 12);
    public static readonly ImportColumn Community = new("社区", "Import.Column.Community", "Import.Help.Community", true, 16);
    public static readonly ImportColumn Unit = new("单元", "Import.Column.Unit", "Import.Help.Unit", false, 14);
    public static readonly ImportColumn Name = new("项目名称", "Import.Column.Name", "Import.Help.Name", true, 30);
    public static readonly ImportColumn CatalogueLine = new("指导目录", "Import.Column.CatalogueLine", "Import.Help.CatalogueLine", true, 18);
    public static readonly ImportColumn Location = new("地点", "Import.Column.Location", "Import.Help.Location", true, 24);
    public static readonly ImportColumn Collected = new("征集建议数", "Import.Column.Collected", "Import.Help.Collected", true, 12);
    public static readonly ImportColumn Merged = new("归并建议数", "Import.Column.Merged", "Import.Help.Merged", true, 12);
    public static readonly ImportColumn PlannedStart = new("计划开工", "Import.Column.PlannedStart", "Import.Help.PlannedDate", true, 13);
    public static readonly ImportColumn PlannedEnd = new("计划完工", "Import.Column.PlannedEnd", "Import.Help.PlannedDate", true, 13);
    public static readonly ImportColumn Responsible = new("负责人", "Import.Column.Responsible", "Import.Help.Responsible", true, 12);

    /// <summary>In the template's order; a file may order them differently, the reader finds them by header.</summary>
    public static readonly IReadOnlyList<ImportColumn> All =
        [Township, Community, Unit, Name, CatalogueLine, Location, Collected, Merged, PlannedStart, PlannedEnd, Responsible];

    /// <summary>Where a column stands in the template, for sorting a row's errors; -1 for the row or file as a whole.</summary>
    public static int Order(ImportColumn? column) => column is null ? -1 : All.ToList().IndexOf(column);

    /// <summary>The column a domain rule's field (a form property or a display-name key) is about, if any.</summary>
    public static ImportColumn? ForField(string? field) => field switch
    {
        "Name" or "Project.Name" => Name,
        "CatalogueLine" or "Project.CatalogueLine" => CatalogueLine,
        "Location" or "Project.Location" => Location,
        "ResponsiblePerson" or "Project.ResponsiblePerson" => Responsible,
        "SuggestionsCollected" => Collected,
        "SuggestionsMerged" => Merged,
        "PlannedStart" => PlannedStart,
        "PlannedEnd" => PlannedEnd,
        _ => null,
    };
}
