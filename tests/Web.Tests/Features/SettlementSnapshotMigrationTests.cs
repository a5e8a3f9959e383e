using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Grants.Web.Tests.Features;

/// <summary>
/// The snapshot texts moved out of the settlements' rows into a table of their own. On SQLite dropping a column
/// rebuilds the table, so this checks that a settlement drafted before the move keeps its text, and its lines, after it.
/// </summary>
public sealed class SettlementSnapshotMigrationTests : IDisposable
{
    private const string Before = "20261129190330_Exports";
    private const string Text = """{"communities":["东关社区"]}""";
    private readonly string file = Path.Combine(Path.GetTempPath(), $"grants-snapshot-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_settlement_drafted_before_the_move_keeps_its_snapshot_text_and_lines()
    {
        await using (var db = Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = 0");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Settlements" ("Id", "AwardPoolId", "AwardTotal", "OpenedAt", "OpenedBy", "PoolAvailableAtDraft", "ProRated",
                    "Quarter", "ResultHash", "Round", "Rules", "SnapshotHash", "SnapshotText", "Status", "Version")
                VALUES (7, 1, 0, '2026-10-01 00:00:00+00:00', 'clerk', 0, 0, '2026Q3', 'r', 1, '', 'h', {0}, 1, 1);
                INSERT INTO "SettlementLines" ("SettlementId", "CommunityId", "TownshipId", "ScorecardId", "Composite", "ResidentsScore",
                    "Rank", "Grade", "NominalAward", "Award", "BlackCardsInARow", "CardRemoved", "NoticeSequence")
                VALUES (7, 1, 1, 1, 90, 90, 1, 1, 5000000, 5000000, 0, 0, 1);
                """, Text);
        }

        await using (var db = Open())
        {
            await db.Database.MigrateAsync();
            var snapshot = await db.Set<Domain.Settlement.SettlementSnapshot>().AsNoTracking().SingleAsync();
            Assert.Equal((7, Text), (snapshot.SettlementId, snapshot.Text));
            Assert.Equal(1, await db.SettlementLines.CountAsync(l => l.SettlementId == 7));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    private SqliteGrantsDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteGrantsDbContext>().UseSqlite($"Data Source={file}").Options, new SystemUser(), new AuditOperation());
}
