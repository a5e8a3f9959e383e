using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Projects;

/// <summary>项目: every signed-in role reads the projects in its scope; township accountants and the county's finance staff register them.</summary>
public sealed class ProjectsController(ProjectsQuery projects, ProjectDetailsQuery details, CreateProjectHandler create) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(ProjectFilter filter, CancellationToken ct) => View(await projects.ListAsync(filter, ct));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await details.LoadAsync(id, ct) is { } model ? View(model) : NotFound();

    [HttpGet, Authorize(Roles = ProjectRoles.Registrars)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var form = new ProjectForm();
        await create.PrepareAsync(form, ct);
        return View(form);
    }

    [HttpPost, Authorize(Roles = ProjectRoles.Registrars)]
    public async Task<IActionResult> Create(ProjectForm form, CancellationToken ct)
    {
        await create.PrepareAsync(form, ct);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await create.HandleAsync(form, ct);
        this.Flash(FlashKind.Success, "Projects.Created", form.Name);
        return RedirectToAction(nameof(Details), new { id = form.Id });
    }
}
