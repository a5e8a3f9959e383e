using System.Globalization;
using System.Runtime.CompilerServices;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Ledger;
using Grants.Domain.Projects;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Settlement;
using Grants.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.OpenData;

/// <summary>
/// The county's open data (公示数据) as 360Giving grants: one per project from its public notice (公示) on — the projects
/// the disclosure pages show — for its integrated funds, and one per standing quarterly award to a community's
/// committee. Read county-wide for anonymous readers, so — as for the disclosure pages, decision 003 — it ignores the
/// township filter, and selects only what the public pages show or less: no bank accounts, no payees, no donors' or
/// residents' names, no responsible persons.
/// The text is the county's own language whatever the reader's (docs/decisions/015-open-data.md).
/// </summary>
public sealed class OpenGrantsQuery(GrantsDbContext db, DocumentSettings documents, IConfiguration configuration, TimeProvider clock)
{
    private const string Currency = "CNY";

    private readonly OpenDataSettings settings = OpenDataSettings.From(configuration, documents);

    public OpenPackage Package() =>
        new(Zh("OpenData.PackageTitle", settings.County), ChinaTime.Today(clock), settings.Funder, settings.FileUrl);

    public async IAsyncEnumerable<OpenGrant> GrantsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var sources = await FundingSources.LoadAsync(db, ct);
        await foreach (var project in Projects().AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return ProjectGrant(project, sources);
        }

        await foreach (var award in Awards().AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return AwardGrant(award, sources);
        }
    }

    private IQueryable<ProjectRow> Projects() =>
        from p in db.Projects.IgnoreQueryFilters().AsNoTracking()
        join c in db.Communities.IgnoreQueryFilters() on p.CommunityId equals c.Id
        join t in db.Townships.IgnoreQueryFilters() on p.TownshipId equals t.Id
        from u in db.Units.IgnoreQueryFilters().Where(u => u.Id == p.UnitId).DefaultIfEmpty()
        where p.Status >= ProjectStatus.PublicNotice && p.NoticeStartedOn != null
        orderby p.Id
        select new ProjectRow(
            p.Id, p.Name, p.CatalogueLine, p.Status, c.Id, c.Name, u == null ? null : u.Name, t.Name,
            p.IntegratedFunds, p.SelfFundingCash,
            p.Donations.Sum(d => (long)(object)d.Amount), p.InKind.Sum(k => (long)(object)k.Value),
            p.NoticeStartedOn!.Value, p.ApprovedOn, p.PlannedStart, p.PlannedEnd, p.StartedOn, p.WorksCompletedOn);

    private IQueryable<AwardRow> Awards() =>
        from a in db.AwardPayouts.IgnoreQueryFilters().AsNoTracking()
        join s in db.Settlements on a.SettlementId equals s.Id
        join c in db.Communities.IgnoreQueryFilters() on a.CommunityId equals c.Id
        join t in db.Townships.IgnoreQueryFilters() on a.TownshipId equals t.Id
        where a.ReversedAt == null
        orderby a.Id
        select new AwardRow(a.Id, a.Quarter, a.Grade, a.Amount, a.PoolId, s.ConfirmedAt ?? a.CreatedAt, c.Id, c.Name, t.Name);

    private OpenGrant ProjectGrant(ProjectRow p, FundingSources sources)
    {
        var place = $"{p.Township}{p.Community}{p.Unit}";
        var funding = sources.ForProject(p.Id).Select(x => Level(x.Level, x.Amount))
            .Concat(Other("donors", "Public.Donations", Money.FromFen(p.DonationsFen)))
            .Concat(Other("residents", "Public.SelfFunding", p.SelfFundingCash))
            .Concat(Other("residentsInKind", "Public.InKind", Money.FromFen(p.InKindFen)));
        return new OpenGrant(
            settings.GrantId("project", p.Id), p.Name, Zh("OpenData.ProjectDescription", p.CatalogueLine, place), Currency,
            OpenAmount.Of(p.IntegratedFunds), sources.FirstAllocatedOn(p.Id) ?? p.ApprovedOn ?? p.NoticeStartedOn,
            [settings.Committee(p.CommunityId, p.Community, p.Township)], [settings.Funder])
        {
            BeneficiaryLocation = [new OpenLocation(place, "CN")],
            PlannedDates = p.PlannedStart is { } start ? [new OpenEvent(start, p.PlannedEnd)] : null,
            ActualDates = p.StartedOn is { } started ? [new OpenEvent(started, p.WorksCompletedOn)] : null,
            GrantProgramme = sources.PoolsOf(p.Id).Select(id => Programme(id, sources)).ToList() is { Count: > 0 } pools ? pools : null,
            Classifications =
            [
                new OpenClassification("catalogue", p.CatalogueLine, p.CatalogueLine),
                new OpenClassification("projectStatus", p.Status.ToString(), Zh("ProjectStatus." + p.Status)),
            ],
            FundingBySource = funding.ToList() is { Count: > 0 } parts ? parts : null,
            Url = settings.CommunityPage(p.CommunityId),
            DataSource = settings.FileUrl,
        };
    }

    private OpenGrant AwardGrant(AwardRow a, FundingSources sources)
    {
        var place = $"{a.Township}{a.Community}";
        var grade = Zh("Grade." + a.Grade);
        return new OpenGrant(
            settings.GrantId("award", a.Id), Zh("OpenData.AwardTitle", a.Quarter.ChineseName, place),
            Zh("OpenData.AwardDescription", a.Quarter.ChineseName, place, grade), Currency,
            OpenAmount.Of(a.Amount), ChinaTime.DateOf(a.DecidedAt),
            [settings.Committee(a.CommunityId, a.Community, a.Township)], [settings.Funder])
        {
            BeneficiaryLocation = [new OpenLocation(place, "CN")],
            PlannedDates = [new OpenEvent(a.Quarter.Start, a.Quarter.End)],
            GrantProgramme = [Programme(a.PoolId, sources)],
            Classifications =
            [
                new OpenClassification("quarter", a.Quarter.ToString(), a.Quarter.ChineseName),
                new OpenClassification("grade", a.Grade.ToString(), grade),
            ],
            FundingBySource = [.. sources.ForAward(a.PoolId, a.Amount).Select(x => Level(x.Level, x.Amount))],
            Url = settings.CommunityPage(a.CommunityId),
            DataSource = settings.FileUrl,
        };
    }

    private static OpenProgramme Programme(int poolId, FundingSources sources) =>
        new($"pool-{poolId.ToString(CultureInfo.InvariantCulture)}", sources.Pools[poolId]);

    private static OpenFunding Level(FundingLevel level, Money amount) =>
        new(level.ToString().ToLowerInvariant(), Zh("FundingLevel." + level), OpenAmount.Of(amount));

    private static IEnumerable<OpenFunding> Other(string source, string key, Money amount) =>
        amount.IsZero ? [] : [new OpenFunding(source, Zh(key), OpenAmount.Of(amount))];

    private static string Zh(string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, UiText.Catalogue.Find(key, UiText.Chinese) ?? key, args);

    private sealed record ProjectRow(
        int Id, string Name, string CatalogueLine, ProjectStatus Status, int CommunityId, string Community, string? Unit, string Township,
        Money IntegratedFunds, Money SelfFundingCash, long DonationsFen, long InKindFen,
        DateOnly NoticeStartedOn, DateOnly? ApprovedOn, DateOnly? PlannedStart, DateOnly? PlannedEnd, DateOnly? StartedOn, DateOnly? WorksCompletedOn);

    private sealed record AwardRow(
        int Id, Quarter Quarter, Grade Grade, Money Amount, int PoolId, DateTimeOffset DecidedAt, int CommunityId, string Community, string Township);
}
