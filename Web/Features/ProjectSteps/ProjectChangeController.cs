using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.ProjectSteps;

/// <summary>
/// The shape every project form shares: GET shows the form under the project's heading; POST validates, changes the
/// project through one domain method and returns to the project with a flash. A project outside the user's scope
/// is not found. A refused rule comes back through DomainRuleFilter as a message on the same form.
/// </summary>
public abstract class ProjectChangeController(ProjectHeadingQuery headings) : Controller
{
    /// <summary>Fills the form's heading; false when the project is not in the user's scope.</summary>
    protected Task<bool> FindAsync(int id, ProjectChangeForm form, CancellationToken ct) => headings.FillAsync(id, form, ct);

    protected async Task<IActionResult> Show(int id, ProjectChangeForm form, CancellationToken ct) =>
        await headings.FillAsync(id, form, ct) ? View(form) : NotFound();

    protected async Task<IActionResult> Apply(int id, ProjectChangeForm form, Func<Task> change, string doneKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(change);
        if (form.Project is null && !await headings.FillAsync(id, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await change();
        this.Flash(FlashKind.Success, doneKey, form.Project!.Name);
        return RedirectToAction("Details", "Projects", new { id });
    }
}
