using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Requests;

/// <summary>
/// The shape every request form shares (as for projects): GET shows the form under the request's heading; POST
/// validates, changes the request through its domain methods and returns to the request with a flash. A request
/// outside the user's scope is not found; a refused rule comes back as a message on the same form.
/// </summary>
public abstract class RequestChangeController(RequestHeadingQuery headings) : Controller
{
    protected Task<bool> FindAsync(int id, RequestChangeForm form, CancellationToken ct) => headings.FillAsync(id, form, ct);

    protected async Task<IActionResult> Show(int id, RequestChangeForm form, CancellationToken ct) =>
        await headings.FillAsync(id, form, ct) ? View(form) : NotFound();

    protected async Task<IActionResult> Apply(int id, RequestChangeForm form, Func<Task> change, string doneKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(change);
        if (form.Request is null && !await headings.FillAsync(id, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await change();
        this.Flash(FlashKind.Success, doneKey, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return RedirectToAction("Details", "Requests", new { id });
    }
}
