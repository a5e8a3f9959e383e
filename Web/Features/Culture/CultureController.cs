using Grants.Web.Localization;
using Grants.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Culture;

/// <summary>The language switcher in the header: remembers the choice in a cookie for a year.</summary>
[AllowAnonymous, AllowReadOnlyUsers]
public sealed class CultureController : Controller
{
    [HttpPost]
    public IActionResult Set(string culture, string? returnUrl)
    {
        var chosen = culture == UiText.English.Name ? UiText.English : UiText.Chinese;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Index", "Home");
    }
}
