using Grants.Infrastructure.Audit;
using Grants.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Audit;

/// <summary>审计日志: the audit trail, read-only — searched, and verified on demand. Everything here is a GET.</summary>
[Authorize(Policy = Policies.ViewAudit)]
public sealed class AuditController(AuditSearchQuery search, AuditVerifyQuery verify) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(AuditFilter filter, CancellationToken ct) => View(await search.SearchAsync(filter, ct));

    /// <summary>Runs the verification; <paramref name="head"/> is a head noted down earlier (SEQUENCE:HASH), checked too.</summary>
    [HttpGet]
    public async Task<IActionResult> Verify(string? head, CancellationToken ct)
    {
        var anchor = AuditAnchor.Parse(head);
        if (head is not null && anchor is null)
        {
            ModelState.AddModelError(nameof(head), "Audit.HeadInvalid");
        }

        return View(new AuditVerifyPage(await verify.RunAsync(anchor, ct), anchor?.ToString()));
    }
}
