using System.Net;
using ClosedXML.Excel;
using Grants.Infrastructure;
using Grants.Web.Cli;
using Grants.Web.Features.ProjectImport;
using Grants.Web.Localization;
using Grants.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Grants.Web.Tests.Features.ProjectImportKit;
using static Grants.Web.Tests.Features.ProjectsKit;

namespace Grants.Web.Tests.Features;

/// <summary>The template download round-trips through the import, and the CLI imports the same files as the page.</summary>
public abstract class ProjectImportTemplateTests(GrantsApp app)
{
    [Fact]
    public async Task The_template_downloads_as_a_workbook_that_imports_once_filled_in()
    {
        var client = await app.SignedIn("accountant1");

        using var download = await client.GetAsync(Page + "/template");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(XlsxType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ProjectTemplate.FileName, download.Content.Headers.ContentDisposition?.FileNameStar);
        using var workbook = new XLWorkbook(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(ImportColumns.All.Select(c => c.Header), sheet.Row(1).CellsUsed().Select(c => c.GetString()));

        var community = (await app.CommunityNames(DemoData.OwnTownship, 1))[0];
        var name = UniqueName("模板导入");
        var row = Row("城关镇", community, name);
        for (var c = 0; c < row.Length; c++)
        {
            if (row[c] is { } value)
            {
                sheet.Cell(2, c + 1).Value = value;
            }
        }

        using var filled = new MemoryStream();
        workbook.SaveAs(filled);
        var before = await app.ProjectCountAsync();

        using var response = await client.Upload(filled.ToArray());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 1, await app.ProjectCountAsync());
        Assert.True(await app.ProjectNamedAsync(name));
    }

    [Fact]
    public async Task The_cli_imports_a_good_file_and_refuses_a_bad_one_listing_its_rows_in_chinese()
    {
        var community = (await app.CommunityNames(DemoData.OtherTownship, 1))[0];
        var good = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.xlsx");
        var bad = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.xlsx");
        var name = UniqueName("命令行导入");
        await File.WriteAllBytesAsync(good, Workbook(Row("T02", community, name), Row("T02", community, UniqueName("命令行导入"))));
        await File.WriteAllBytesAsync(bad, Workbook(Row("T02", community, UniqueName("命令行坏行"), merged: 99), Row("T09", "无此社区", "x")));
        try
        {
            var before = await app.ProjectCountAsync();
            var settings = app.Services.GetRequiredService<GrantsSettings>();

            Assert.Equal(0, await GrantsCli.RunAsync(ImportArgs(settings, good)));
            Assert.Equal(before + 2, await app.ProjectCountAsync());
            Assert.True(await app.ProjectNamedAsync(name));

            var (exitCode, errors) = await RunInProcessAsync(bad);
            Assert.Equal(1, exitCode);
            Assert.Contains("第 2 行 [归并建议数]: 群众建议数量无效：征集 12 条，归并 99 条", errors, StringComparison.Ordinal);
            Assert.Contains("第 3 行 [社区]", errors, StringComparison.Ordinal);
            Assert.Contains("2 处问题，未导入任何项目", errors, StringComparison.Ordinal);
            Assert.Equal(before + 2, await app.ProjectCountAsync());
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }

    [Fact]
    public async Task The_cli_confined_to_a_township_refuses_rows_of_another()
    {
        var community = (await app.CommunityNames(DemoData.OtherTownship, 1))[0];
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, Workbook(Row("T02", community, UniqueName("越界导入"))));
        try
        {
            var (exitCode, errors) = await RunInProcessAsync(file, DemoData.OwnTownship);

            Assert.Equal(1, exitCode);
            Assert.Contains("乡镇“T02”不存在或不在您的管辖范围内", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private Task<(int ExitCode, string Errors)> RunInProcessAsync(string file, string? township = null) => app.InScope(async sp =>
    {
        using var output = new StringWriter(UiText.Chinese);
        using var error = new StringWriter(UiText.Chinese);
        var exitCode = await ImportCommand.RunAsync(sp, new FileInfo(file), township, output, error, CancellationToken.None);
        return (exitCode, error.ToString());
    });
}

[Collection(OnSqlite.Name)]
public sealed class ProjectImportTemplateOnSqlite(SqliteApp app) : ProjectImportTemplateTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectImportTemplateOnPostgres(PostgresApp app) : ProjectImportTemplateTests(app);
