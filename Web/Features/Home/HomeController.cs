using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Home;

public sealed class HomeController(DashboardQuery dashboard) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await dashboard.LoadAsync(ct));
}
