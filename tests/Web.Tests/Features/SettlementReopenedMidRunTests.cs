using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Settlement;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>
/// A run of the notices reads the county's facts once and then issues township after township. If the quarter is
/// re-opened meanwhile, the townships still to come must record nothing of the old round: the commit checks the round.
/// </summary>
public abstract class SettlementReopenedMidRunTests(GrantsApp app)
{
    [Fact]
    public async Task Townships_issued_after_a_reopening_record_no_notice_of_the_old_round()
    {
        var id = await app.InScope(sp => sp.GetRequiredService<SettlementDrafting>().DraftAsync(SettlementKit.Q3, "test", default));
        await Step((steps, version) => steps.ReviewAsync(id, version, "clerk", default));
        await Step((steps, version) => steps.ConfirmAsync(id, version, "approver", default));
        await app.InScope(sp => sp.GetRequiredService<SettlementRun>().PayAsync(id, default));
        var county = await app.InDb(db => SettlementFacts.LoadAsync(db, id, null, default));
        Assert.Equal(SettlementStatus.Paid, county.Settlement.Status);
        var townships = county.Lines.Select(l => l.TownshipId).Distinct().Order().ToList();

        var before = await IssueAsync(county, townships[0]);
        await Step((steps, version) => steps.RequestReopeningAsync(id, version, "admin", "东关社区分数录入有误", default));
        await Step((steps, version) => steps.ApproveReopeningAsync(id, version, "approver", default));
        var after = await IssueAsync(county, townships[1]);

        Assert.Equal(county.Of(townships[0]).Lines.Sum(l => l.Notices().Count()), before);
        Assert.Equal(0, after);
        var recorded = await app.InDb(db => db.IssuedNotices.AsNoTracking().Where(n => n.SettlementId == id).Select(n => n.TownshipId).ToListAsync());
        Assert.Equal(before, recorded.Count);
        Assert.All(recorded, t => Assert.Equal(townships[0], t));
    }

    private Task<int> IssueAsync(SettlementFacts county, int township) =>
        app.InScope(sp => sp.GetRequiredService<SettlementDocuments>().IssueTownshipAsync(county, township, default));

    private Task<int> Step(Func<SettlementSteps, int, Task> step) => app.InScope(async sp =>
    {
        var db = sp.GetRequiredService<GrantsDbContext>();
        var version = await db.Settlements.AsNoTracking().Where(s => s.Quarter == SettlementKit.Q3).Select(s => s.Version).SingleAsync();
        await step(sp.GetRequiredService<SettlementSteps>(), version);
        return 0;
    });
}

public sealed class SettlementReopenedMidRunOnSqlite(SqliteApp app) : SettlementReopenedMidRunTests(app), IClassFixture<SqliteApp>;

public sealed class SettlementReopenedMidRunOnPostgres(PostgresApp app) : SettlementReopenedMidRunTests(app), IClassFixture<PostgresApp>;
