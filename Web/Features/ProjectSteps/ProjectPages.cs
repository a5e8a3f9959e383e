using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.ProjectSteps;

public static class ProjectPages
{
    /// <summary>A project form's title and breadcrumbs: 项目 › the project › the action.</summary>
    public static void SetProjectFormTitle(this ViewDataDictionary viewData, IUrlHelper url, IStringLocalizer text, ProjectHeading project, string actionKey)
    {
        ArgumentNullException.ThrowIfNull(project);
        var action = text[actionKey].Value;
        viewData["Title"] = action;
        viewData.SetBreadcrumbs(
            new Crumb(text["Projects.Title"], url.Action("Index", "Projects")),
            new Crumb(project.Name, url.Action("Details", "Projects", new { id = project.Id })),
            new Crumb(action));
    }
}
