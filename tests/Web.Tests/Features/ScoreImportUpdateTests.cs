using System.Net;
using Grants.Domain.Assessment;
using Grants.Infrastructure;
using Grants.Web.Cli;
using Grants.Web.Localization;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Grants.Web.Tests.Features.ProjectImportKit;
using static Grants.Web.Tests.Features.ScoreImportKit;

namespace Grants.Web.Tests.Features;

/// <summary>A second import corrects the cards, a closed quarter's cards are refused, and the CLI imports the same files.</summary>
public abstract class ScoreImportUpdateTests(GrantsApp app)
{
    [Fact]
    public async Task A_second_import_corrects_the_card_and_a_locked_card_is_refused()
    {
        var quarter = new Quarter(2027, 1);
        var pilot = (await app.Pilots())[7];
        var client = await app.SignedIn("assessor");

        using var first = await client.UploadScores(quarter, Workbook("评分", Version1Headers, Row(pilot, [20, 16, 15, 18, 12], GoodCounts)));
        using var second = await client.UploadScores(quarter, Workbook("评分", Version1Headers, Row(pilot, [25, 16, 15, 18, 12], GoodCounts)));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        var card = await app.CardAsync(pilot.Id, quarter);
        Assert.Equal((ScorecardStatus.Completed, 25m, 1), (card!.Status, card.Scores.Single(s => s.CriterionOrder == 1).Points, await app.CardCountAsync(quarter)));
        Assert.Contains("(0 new, 1 updated)", (await client.GetPage(Page(quarter), "en")).Text("[data-testid=flash]"), StringComparison.Ordinal);

        await app.InDb(async db =>
        {
            var tracked = await db.Scorecards.SingleAsync(s => s.Id == card.Id);
            tracked.Lock();
            return await db.SaveChangesAsync();
        });
        using var third = await client.UploadScores(quarter, Workbook("评分", Version1Headers, Row(pilot, [10, 16, 15, 18, 12], GoodCounts)), "en");

        var page = await TestClient.Parse(third);
        Assert.Equal([2], page.ErrorRows());
        Assert.Contains("2027Q1 is closed; its scores are locked", page.ErrorText(2), StringComparison.Ordinal);
        Assert.Equal(25m, (await app.CardAsync(pilot.Id, quarter))!.Scores.Single(s => s.CriterionOrder == 1).Points);
    }

    [Fact]
    public async Task The_cli_imports_a_good_file_and_refuses_a_bad_one_naming_sheet_row_and_column_in_chinese()
    {
        var quarter = new Quarter(2027, 2);
        var pilots = await app.Pilots();
        var good = Path.Combine(Path.GetTempPath(), $"scores-{Guid.NewGuid():N}.xlsx");
        var bad = Path.Combine(Path.GetTempPath(), $"scores-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(good, Workbook("评分", Version1Headers, Row(pilots[8], [20, 16, 15, 18, 12], GoodCounts), Row(pilots[9], [21, 17, 16, 19, 13], GoodCounts)));
        await File.WriteAllBytesAsync(bad, Workbook("评分", Version1Headers, Row(pilots[10], [20, 16, 15, 18, 15.5], GoodCounts), Row(pilots[11] with { Township = "T99" }, [20, 16, 15, 18, 12], GoodCounts)));
        try
        {
            var settings = app.Services.GetRequiredService<GrantsSettings>();
            string[] where = settings.Engine == DatabaseEngine.Sqlite
                ? ["--data", settings.DataDirectory]
                : ["--db", "postgres", "--connection", settings.ConnectionString];

            Assert.Equal(0, await GrantsCli.RunAsync(["import", "scores", good, "--quarter", "2027Q2", "--as", "assessor", .. where]));
            Assert.Equal(2, await app.CardCountAsync(quarter));
            Assert.Equal("assessor", (await app.CardAsync(pilots[9].Id, quarter))!.EnteredBy);

            var (exitCode, errors) = await app.InScope(async sp =>
            {
                using var output = new StringWriter(UiText.Chinese);
                using var error = new StringWriter(UiText.Chinese);
                var code = await ImportCommand.RunScoresAsync(sp, new FileInfo(bad), "2027Q2", null, output, error, CancellationToken.None);
                return (code, error.ToString());
            });
            Assert.Equal(1, exitCode);
            Assert.Contains("工作表“评分”第 2 行 [文化润心(满分15)]: “文化润心”得分 15.5 超过满分 15", errors, StringComparison.Ordinal);
            Assert.Contains("工作表“评分”第 3 行 [乡镇]: 乡镇“T99”不存在", errors, StringComparison.Ordinal);
            Assert.Contains("2 处问题，未导入任何评分", errors, StringComparison.Ordinal);
            Assert.Equal(2, await app.CardCountAsync(quarter));
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }
}

[Collection(OnSqlite.Name)]
public sealed class ScoreImportUpdateOnSqlite(SqliteApp app) : ScoreImportUpdateTests(app);

[Collection(OnPostgres.Name)]
public sealed class ScoreImportUpdateOnPostgres(PostgresApp app) : ScoreImportUpdateTests(app);
