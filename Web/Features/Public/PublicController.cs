using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Public;

/// <summary>公示: what every resident may read about the projects of a community, without signing in.</summary>
[AllowAnonymous]
public sealed class PublicController(PublicDisclosureQuery disclosure) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await disclosure.IndexAsync(ct));

    [HttpGet]
    public async Task<IActionResult> Community(int id, CancellationToken ct) =>
        await disclosure.CommunityAsync(id, ct) is { } model ? View(model) : NotFound();
}
