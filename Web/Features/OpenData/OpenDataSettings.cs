using Grants.Infrastructure.Settlement;

namespace Grants.Web.Features.OpenData;

/// <summary>
/// Who publishes the open data and how its identifiers read, under Grants:OpenData — Prefix (the publisher's 360Giving
/// prefix, which 360Giving assigns; the demo's is 360G-SFX) and FunderId (the bureau's organisation identifier, e.g.
/// CN-USCC-&lt;统一社会信用代码&gt;) — with the bureau's name and public address from Grants:Documents.
/// </summary>
public sealed record OpenDataSettings(string Prefix, string FunderId, string FunderName, string County, string? PublicUrl)
{
    public const string Section = "Grants:OpenData";

    public static OpenDataSettings From(IConfiguration configuration, DocumentSettings documents)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(documents);
        var s = configuration.GetSection(Section);
        var prefix = s["Prefix"] is { Length: > 0 } p ? p.TrimEnd('-') : "360G-SFX";
        return new OpenDataSettings(
            prefix, s["FunderId"] is { Length: > 0 } f ? f : $"{prefix}-finance-bureau", documents.Issuer.Name, documents.Issuer.County, documents.PublicUrl);
    }

    public string GrantId(string kind, int id) => $"{Prefix}-{kind}-{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public OpenOrganization Funder => new(FunderId, FunderName) { AddressRegion = County, AddressCountry = "CN" };

    /// <summary>A community's committee (村民委员会/居民委员会), the recipient of its projects and awards.</summary>
    public OpenOrganization Committee(int communityId, string name, string township) =>
        new(GrantId("community", communityId), Grants.Reports.ChineseText.Committee(name)) { AddressLocality = township, AddressRegion = County, AddressCountry = "CN" };

    public string? CommunityPage(int communityId) => PublicUrl is { } url ? $"{url}/public/community/{communityId}" : null;

    public string? FileUrl => PublicUrl is { } url ? $"{url}/opendata/grants.json" : null;
}
