using Grants.Domain.Projects;
using Grants.Web.Features.Projects;
using Grants.Web.Features.ProjectSteps;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.ProjectBudget;

/// <summary>
/// 账单: the sources of a project's budget besides the pools — donations, the residents' cash, their labour and
/// materials. Kept by whoever registers projects, within their township.
/// </summary>
[Authorize(Roles = ProjectRoles.Registrars)]
public sealed class ProjectBudgetController(
    ProjectHeadingQuery headings, ReceiveDonationHandler donation, PledgeSelfFundingHandler selfFunding, RecordInKindHandler inKind) : ProjectChangeController(headings)
{
    [HttpGet]
    public Task<IActionResult> Donation(int id, CancellationToken ct) => Show(id, donation.New(), ct);

    [HttpPost]
    public Task<IActionResult> Donation([FromRoute] int id, DonationForm form, CancellationToken ct) =>
        Apply(id, form, () => donation.HandleAsync(id, form, ct), "Budget.DonationRecorded", ct);

    [HttpGet]
    public async Task<IActionResult> SelfFunding(int id, CancellationToken ct) => await Show(id, await selfFunding.NewAsync(id, ct), ct);

    [HttpPost]
    public Task<IActionResult> SelfFunding([FromRoute] int id, SelfFundingForm form, CancellationToken ct) =>
        Apply(id, form, () => selfFunding.HandleAsync(id, form, ct), "Budget.SelfFundingRecorded", ct);

    [HttpGet]
    public Task<IActionResult> Labour(int id, CancellationToken ct) => Show(id, RecordInKindHandler.New(InKindKind.Labour), ct);

    [HttpPost]
    public Task<IActionResult> Labour([FromRoute] int id, InKindForm form, CancellationToken ct)
    {
        form.Kind = InKindKind.Labour;
        return Apply(id, form, () => inKind.HandleAsync(id, InKindKind.Labour, form, ct), "Budget.InKindRecorded", ct);
    }

    [HttpGet]
    public Task<IActionResult> Materials(int id, CancellationToken ct) => Show(id, RecordInKindHandler.New(InKindKind.Materials), ct);

    [HttpPost]
    public Task<IActionResult> Materials([FromRoute] int id, InKindForm form, CancellationToken ct)
    {
        form.Kind = InKindKind.Materials;
        return Apply(id, form, () => inKind.HandleAsync(id, InKindKind.Materials, form, ct), "Budget.InKindRecorded", ct);
    }
}
