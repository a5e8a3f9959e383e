using Grants.Web.Features.Projects;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.ProjectSteps;

/// <summary>
/// 项目进度: each step of the lifecycle is a small form on its own page. The domain refuses a step from the wrong
/// stage; the township scope hides other townships' projects, so their ids find nothing.
/// </summary>
public sealed class ProjectStepsController(
    ProjectHeadingQuery headings, StartNoticeHandler notice, ObjectionsHandler objections, ApproveHandler approve,
    DatedStepHandler dated, AcceptHandler accept) : ProjectChangeController(headings)
{
    [HttpGet, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> Notice(int id, CancellationToken ct) => Show(id, notice.New(), ct);

    [HttpPost, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> Notice([FromRoute] int id, NoticeForm form, CancellationToken ct) =>
        Apply(id, form, () => notice.HandleAsync(id, form, ct), "Steps.NoticeStarted", ct);

    [HttpGet, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> Objection(int id, CancellationToken ct) => Show(id, objections.NewObjection(), ct);

    [HttpPost, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> Objection([FromRoute] int id, ObjectionForm form, CancellationToken ct) =>
        Apply(id, form, () => objections.RecordAsync(id, form, ct), "Steps.ObjectionRecorded", ct);

    [HttpGet, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> Resolve(int id, int number, CancellationToken ct) => Show(id, objections.NewResolution(number), ct);

    [HttpPost, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> Resolve([FromRoute] int id, ResolutionForm form, CancellationToken ct) =>
        Apply(id, form, () => objections.ResolveAsync(id, form, ct), "Steps.ObjectionResolved", ct);

    [HttpGet, Authorize(Roles = ProjectRoles.Approvers)]
    public async Task<IActionResult> Approve(int id, CancellationToken ct)
    {
        var form = approve.New();
        if (!await FindAsync(id, form, ct))
        {
            return NotFound();
        }

        await approve.ExplainAsync(id, form, ct);
        return View(form);
    }

    [HttpPost, Authorize(Roles = ProjectRoles.Approvers)]
    public async Task<IActionResult> Approve([FromRoute] int id, ApprovalForm form, CancellationToken ct)
    {
        if (await FindAsync(id, form, ct))
        {
            // Filled before the handler runs, so a refusal re-renders the page with the reasons beside the message.
            await approve.ExplainAsync(id, form, ct);
        }

        return await Apply(id, form, () => approve.HandleAsync(id, form, ct), "Steps.Approved", ct);
    }

    [HttpGet, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> Start(int id, CancellationToken ct) => Show(id, dated.New(), ct);

    [HttpPost, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> Start([FromRoute] int id, DatedStepForm form, CancellationToken ct) =>
        Apply(id, form, () => dated.HandleAsync(id, DatedStep.Start, form, ct), "Steps.Started", ct);

    [HttpGet, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> CompleteWorks(int id, CancellationToken ct) => Show(id, dated.New(), ct);

    [HttpPost, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> CompleteWorks([FromRoute] int id, DatedStepForm form, CancellationToken ct) =>
        Apply(id, form, () => dated.HandleAsync(id, DatedStep.CompleteWorks, form, ct), "Steps.WorksCompleted", ct);

    [HttpGet, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> Accept(int id, CancellationToken ct) => Show(id, accept.New(), ct);

    [HttpPost, Authorize(Roles = ProjectRoles.Registrars)]
    public Task<IActionResult> Accept([FromRoute] int id, AcceptanceForm form, CancellationToken ct) =>
        Apply(id, form, () => accept.HandleAsync(id, form, ct), "Steps.Accepted", ct);

    [HttpGet, Authorize(Roles = ProjectRoles.Closers)]
    public Task<IActionResult> Settle(int id, CancellationToken ct) => Show(id, dated.New(), ct);

    [HttpPost, Authorize(Roles = ProjectRoles.Closers)]
    public Task<IActionResult> Settle([FromRoute] int id, DatedStepForm form, CancellationToken ct) =>
        Apply(id, form, () => dated.HandleAsync(id, DatedStep.Settle, form, ct), "Steps.Settled", ct);

    [HttpGet, Authorize(Roles = ProjectRoles.Closers)]
    public Task<IActionResult> Archive(int id, CancellationToken ct) => Show(id, dated.New(), ct);

    [HttpPost, Authorize(Roles = ProjectRoles.Closers)]
    public Task<IActionResult> Archive([FromRoute] int id, DatedStepForm form, CancellationToken ct) =>
        Apply(id, form, () => dated.HandleAsync(id, DatedStep.Archive, form, ct), "Steps.Archived", ct);
}
