using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Townships;

/// <summary>The breadcrumbs of the organisation tree: 组织机构 → township → community → unit.</summary>
public static class OrgTrail
{
    public static Crumb Root(IUrlHelper url, IStringLocalizer text) =>
        new(text["Nav.Organisation"], url.Action("Index", "Townships"));

    public static Crumb Township(IUrlHelper url, int id, string name) =>
        new(name, url.Action("Details", "Townships", new { id }));

    public static Crumb Community(IUrlHelper url, int id, string name) =>
        new(name, url.Action("Details", "Communities", new { id }));
}
