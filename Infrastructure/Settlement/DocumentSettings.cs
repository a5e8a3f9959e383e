using Grants.Reports.Notices;
using Microsoft.Extensions.Configuration;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// Who issues the settlement's documents and how they are numbered, under Grants:Documents — County, Issuer, Mark,
/// NumberPrefix, Office, CopyTo (comma-separated), InterviewPlace, PublicUrl (the base the notices' QR codes point to;
/// none when empty), PayerBank and PayerAccount (the bureau's account the payment list pays from) — with the demo
/// county's values as defaults.
/// </summary>
public sealed record DocumentSettings(IssuingBody Issuer, IReadOnlyList<string> CopyTo, string InterviewPlace, string? PublicUrl)
{
    public string PayerBank { get; init; } = "";

    public string PayerAccount { get; init; } = "";

    public const string Section = "Grants:Documents";

    public static DocumentSettings From(IConfiguration configuration)
    {
        var s = configuration.GetSection(Section);
        string Get(string key, string fallback) => s[key] is { Length: > 0 } v ? v : fallback;
        var county = Get("County", "示范县");
        var issuer = Get("Issuer", $"{county}财政局");
        return new DocumentSettings(
            new IssuingBody(county, issuer, Get("Mark", $"{issuer}文件"), Get("NumberPrefix", "示财"), Get("Office", $"{issuer}办公室")),
            Get("CopyTo", "县共同缔造工作领导小组办公室,县审计局").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Get("InterviewPlace", $"{issuer}三楼会议室"),
            s["PublicUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : null)
        {
            PayerBank = Get("PayerBank", $"{county}农村商业银行营业部"),
            PayerAccount = Get("PayerAccount", "82010000100000000001"),
        };
    }
}
