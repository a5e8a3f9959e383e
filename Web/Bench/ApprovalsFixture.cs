using Grants.Domain;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>A clerk of the bench: the name the approvals are recorded under.</summary>
internal sealed class BenchClerk(string userName) : ICurrentUser
{
    public string? UserId => null;

    public string? UserName => userName;

    public int? TownshipScope => null;
}

/// <summary>Projects ready to pay from: in progress, with donations and residents' cash posted as the pages post them.</summary>
internal static class ApprovalsFixture
{
    public static async Task<IReadOnlyList<int>> ProjectsAsync(GrantsDbContext db, int count, CancellationToken ct)
    {
        var community = await db.Communities.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.TownshipId }).FirstAsync(ct);
        var at = DateTimeOffset.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var projects = Enumerable.Range(1, count)
            .Select(i => new Project(community.TownshipId, community.Id, null, $"基准测试报账项目 bench project {i}", "基准测试 bench")).ToList();
        db.Projects.AddRange(projects);
        await db.SaveChangesAsync(ct);
        foreach (var (project, i) in projects.Select((p, i) => (p, i)))
        {
            var donation = project.ReceiveDonation("基准测试商会", Money.FromYuan(8_000_000m), new DateOnly(2026, 9, 1), $"BENCH-{i:00000}");
            project.PledgeSelfFunding(Money.FromYuan(2_000_000m));
            project.StartPublicNotice(new DateOnly(2026, 9, 2), 10);
            project.Approve(new DateOnly(2026, 9, 20), "clerk", CoFinancingRules.Default);
            project.Start(new DateOnly(2026, 9, 21));
            db.JournalEntries.Add(ProjectPostings.Donation(donation, at, "bench"));
            db.JournalEntries.Add(ProjectPostings.SelfFunding(project, project.SelfFundingCash, new DateOnly(2026, 9, 1), at, "bench")!);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return projects.Select(p => p.Id).Order().ToList();
    }
}
