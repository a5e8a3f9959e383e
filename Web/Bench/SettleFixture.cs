using System.Diagnostics;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Ledger;
using Grants.Domain.Organisation;
using Grants.Domain.Pools;
using Grants.Domain.Settlement;
using Grants.Domain.Users;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Settlement;
using Grants.Reports.Notices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Printed = Grants.Reports.Notices.CriterionScore;

namespace Grants.Web.Bench;

/// <summary>What the settle bench built: the quarter to settle and how its communities stand before grading.</summary>
internal sealed record SettleCounty(Quarter Quarter, int Townships, int Communities, int Advanced, int Effective, int Ordinary, int CardsBefore, Money Reserve);

/// <summary>
/// A county of N pilot communities ready to settle, built fast through the domain in batches of 1,000 (AddRange,
/// SaveChanges, a clean change tracker): 13 communities a township as in the demo, each with a committee bank account;
/// two rubrics (villages and urban communities); a complete scorecard of 2026Q3 for every community — about 10% at 90
/// or more, 60% from 75, 30% below — and, so the cards escalate and come down, an ordinary 2026Q2 card for a third of
/// the ordinary and a tenth of the effective; the users clerk and approver; an award pool whose receipt and reserve
/// are posted as the pool pages post them, the reserve covering every award with room to spare.
/// </summary>
internal static class SettleFixture
{
    public const string Clerk = "clerk";
    public const string Approver = "approver";
    public const int CommunitiesPerTownship = 13;
    public static readonly Quarter Quarter = new(2026, 3);

    private const int Batch = 1_000;
    private const string Assessor = "assessor";

    private static readonly string[] TownshipStems = ["城关", "河口", "青山", "白马", "石桥", "柳林", "新集", "王庄", "大河", "东岭", "西湖", "南塘"];

    private static readonly string[] CommunityStems =
        ["东风", "红旗", "青山", "桃源", "柳湾", "清水", "石门", "杨家坪", "李家庄", "新华", "龙泉", "南岭", "北山"];

    private static readonly CriterionSpec[] Criteria =
        [new("人居环境", 25m, 20m), new("群众参与", 20m, 16m), new("项目进度", 20m, 16m), new("资金规范", 20m, 16m), new("文化润心", 15m, 12m)];

    private enum Standing
    {
        Advanced,
        Effective,
        Ordinary,
    }

    public static async Task<SettleCounty> BuildAsync(IServiceProvider services, int count, CancellationToken ct)
    {
        var db = services.GetRequiredService<GrantsDbContext>();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        await UsersAsync(services);
        var random = new Random(2026);
        var at = new DateTimeOffset(2026, 10, 12, 2, 0, 0, TimeSpan.Zero);
        List<Rubric> rubrics = [.. new[] { CommunityCategory.FarmingVillage, CommunityCategory.UrbanCentre }
            .Select(c => new Rubric(c, 1, new Quarter(2026, 1), 20m, Criteria, "admin", at.AddMonths(-9)))];
        var townships = Enumerable.Range(0, (count + CommunitiesPerTownship - 1) / CommunitiesPerTownship)
            .Select(t => new Township($"B{t + 1:D5}", $"{TownshipStems[t % TownshipStems.Length]}{(t < TownshipStems.Length ? "" : t / TownshipStems.Length + 1)}镇"))
            .ToList();
        db.Rubrics.AddRange(rubrics);
        db.Townships.AddRange(townships);
        await db.SaveChangesAsync(ct);

        var tally = new int[3];
        var cardsBefore = 0;
        for (var first = 0; first < count; first += Batch)
        {
            db.ChangeTracker.Clear();
            db.Rubrics.AttachRange(rubrics);
            var communities = Enumerable.Range(first, Math.Min(Batch, count - first)).Select(i => Community(townships[i / CommunitiesPerTownship], i % CommunitiesPerTownship)).ToList();
            db.Communities.AddRange(communities);
            await db.SaveChangesAsync(ct);
            foreach (var community in communities)
            {
                var rubric = rubrics.Single(r => r.Category == community.Category);
                var draw = random.NextDouble();
                var standing = draw < 0.10 ? Standing.Advanced : draw < 0.70 ? Standing.Effective : Standing.Ordinary;
                tally[(int)standing]++;
                db.Scorecards.Add(Scorecard(community, Quarter, rubric, standing, random, at));
                var carded = random.NextDouble() < (standing == Standing.Ordinary ? 1 / 3.0 : standing == Standing.Effective ? 0.1 : 0);
                if (carded)
                {
                    db.Scorecards.Add(Scorecard(community, Quarter.Previous, rubric, Standing.Ordinary, random, at.AddMonths(-3)));
                    cardsBefore++;
                }
            }

            await db.SaveChangesAsync(ct);
            BenchReport.Phase($"  communities and scorecards: {first + communities.Count:N0} of {count:N0}");
        }

        db.ChangeTracker.Clear();
        var reserve = Money.FromYuan((tally[0] * 50_000m) + (tally[1] * 20_000m) + 1_000_000m);
        await PoolAsync(db, reserve, at, ct);
        return new SettleCounty(Quarter, townships.Count, count, tally[0], tally[1], tally[2], cardsBefore, reserve);
    }

    private static Community Community(Township township, int i)
    {
        var urban = i % 3 == 0;
        var community = new Community(township.Id, $"{CommunityStems[i]}{(urban ? "社区" : "村")}",
            urban ? CommunityCategory.UrbanCentre : CommunityCategory.FarmingVillage, isPilot: true, RolloutTier.Lead);
        community.RegisterBankAccount($"示范县农村商业银行{township.Name}支行", $"8201{township.Id:D6}{i + 1:D4}{(i * 7919) % 1_000_000:D6}");
        return community;
    }

    /// <summary>Every criterion near the standing's share of its maximum, in whole and half points, and three surveyed groups.</summary>
    private static Scorecard Scorecard(Community community, Quarter quarter, Rubric rubric, Standing standing, Random random, DateTimeOffset at)
    {
        var level = standing switch
        {
            Standing.Advanced => 0.935 + (random.NextDouble() * 0.045),
            Standing.Effective => 0.78 + (random.NextDouble() * 0.09),
            _ => 0.55 + (random.NextDouble() * 0.15),
        };
        double Near() => level + ((random.NextDouble() - 0.5) * 0.03);
        var card = new Scorecard(community, quarter, rubric, Assessor, at);
        foreach (var criterion in rubric.Criteria)
        {
            card.Score(criterion.Name, Math.Round(criterion.MaxPoints * (decimal)Near() * 2m, MidpointRounding.AwayFromZero) / 2m, Assessor, at);
        }

        foreach (var group in Enum.GetValues<ResidentGroup>())
        {
            card.RecordSatisfaction(group, (int)Math.Round(40 * Near()), 40, Assessor, at);
        }

        card.Complete(Assessor, at);
        return card;
    }

    /// <summary>A receipt and a reserve, each saved and then posted, in one transaction (see PoolPostings).</summary>
    private static async Task PoolAsync(GrantsDbContext db, Money reserve, DateTimeOffset at, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pool = new FundingPool(Quarter.Year, "基准测试奖补资金池 settle bench pool");
        db.Pools.Add(pool);
        await db.SaveChangesAsync(ct);
        var receipt = pool.RecordReceipt(FundingLevel.County, "以奖代补奖励资金", "示财预〔2026〕1号", new DateOnly(Quarter.Year, 7, 1), reserve + Money.FromYuan(1_000_000m));
        await db.SaveChangesAsync(ct);
        db.JournalEntries.Add(PoolPostings.Receipt(receipt, at, "bench"));
        pool.Reserve(reserve, new DateOnly(Quarter.Year, 7, 2));
        db.JournalEntries.Add(PoolPostings.Reservation(pool, reserve, new DateOnly(Quarter.Year, 7, 2), at, "bench"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task UsersAsync(IServiceProvider services)
    {
        await RoleCatalogue.EnsureAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        var users = services.GetRequiredService<UserManager<AppUser>>();
        foreach (var (name, display, role) in new[] { (Clerk, "基准测试经办", Role.FinanceClerk), (Approver, "基准测试分管领导", Role.FinanceApprover) })
        {
            var user = new AppUser { UserName = name, DisplayName = display };
            if (!(await users.CreateAsync(user)).Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
            {
                throw new InvalidOperationException($"Cannot create the bench user {name}.");
            }
        }
    }
}

/// <summary>
/// The baseline: a settled quarter's notices as SettlementNotices builds them (the same lines, names, scores, numbers
/// and kinds), rendered by the Reports layer in memory only — no database, no file store — with the settlement's parallelism.
/// </summary>
internal static class BareNotices
{
    public static async Task<IReadOnlyList<Func<byte[]>>> LoadAsync(IServiceProvider services, int settlementId, CancellationToken ct)
    {
        var db = services.GetRequiredService<GrantsDbContext>();
        var documents = services.GetRequiredService<DocumentSettings>();
        var settlement = await db.Settlements.AsNoTracking().SingleAsync(s => s.Id == settlementId, ct);
        var lines = await db.SettlementLines.AsNoTracking().Where(l => l.SettlementId == settlementId).OrderBy(l => l.Rank).ToListAsync(ct);
        var communities = await db.Communities.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var townships = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var cards = await db.Scorecards.AsNoTracking().Whole().Where(s => s.Quarter == settlement.Quarter).ToDictionaryAsync(s => s.Id, ct);
        var (q, on) = (settlement.Quarter, ChinaTime.DateOf(settlement.ConfirmedAt!.Value));
        var notices = new List<Func<byte[]>>();
        foreach (var line in lines)
        {
            var (township, community, card) = (townships[line.TownshipId], communities[line.CommunityId], cards[line.ScorecardId]);
            List<Printed> scores = [.. card.Rubric.Criteria.Select(c => new Printed(c.Name, card.PointsFor(c) ?? 0m, c.MaxPoints))];
            foreach (var (kind, i) in line.Notices().Select((k, i) => (k, i)))
            {
                var header = new NoticeHeader(documents.Issuer, q.Year, line.NoticeSequence + i, on, documents.CopyTo,
                    documents.PublicUrl is { } url ? $"{url}/public/notices/{q}-{line.NoticeSequence + i}" : null);
                notices.Add(kind switch
                {
                    NoticeKind.Award => () => new AwardNotice(new AwardNoticeModel(header, township, community, q.ChineseName, line.Composite,
                        line.Rank, lines.Count, line.Grade, line.Award, scores, line.ResidentsScore, $"{q.Year}年度以奖代补奖励资金", on.AddDays(30))).Render(),
                    NoticeKind.BlackCard => () => new BlackCardNotice(new BlackCardNoticeModel(header, township, community, q.ChineseName,
                        line.Composite, line.Rank, lines.Count, scores, line.ResidentsScore, line.BlackCardsInARow, on.AddDays(45))).Render(),
                    _ => () => new InterviewNotice(new InterviewNoticeModel(header, township, community, [q.Previous.ChineseName, q.ChineseName],
                        on.AddDays(7).ToDateTime(new TimeOnly(9, 30)), documents.InterviewPlace,
                        [$"{township}分管负责同志", $"{community}党组织书记、村民委员会主任", $"{community}报账员"])).Render(),
                });
            }
        }

        return notices;
    }

    public static (TimeSpan Elapsed, long Bytes) Render(IReadOnlyList<Func<byte[]>> notices, CancellationToken ct)
    {
        var bytes = 0L;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, notices.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
            i => Interlocked.Add(ref bytes, notices[i]().LongLength));
        return (watch.Elapsed, bytes);
    }
}
