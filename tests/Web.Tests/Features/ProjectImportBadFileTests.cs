using System.Net;
using System.Text;
using Grants.Web.Tests.Infrastructure;
using static Grants.Web.Tests.Features.ProjectImportKit;
using static Grants.Web.Tests.Features.ProjectsKit;

namespace Grants.Web.Tests.Features;

/// <summary>Files that are not a workbook, or too big to open, get a clear message on the page and nothing is written.</summary>
public abstract class ProjectImportBadFileTests(GrantsApp app)
{
    public static TheoryData<string, string, byte[]> NotWorkbooks => new()
    {
        { "a PDF named .xlsx", "zh-CN", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n") },
        { "a CSV named .xlsx", "en", Encoding.UTF8.GetBytes("乡镇,社区,项目名称\nT01,城关社区,道路硬化\n") },
        // An old .xls: an OLE compound file.
        { "an old .xls", "en", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0] },
        { "an empty file", "zh-CN", [] },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public async Task A_file_that_is_not_an_xlsx_workbook_is_refused(string what, string language, byte[] content)
    {
        var page = await RefusedAsync(content, language);

        var expected = language == "en" ? "is not an Excel workbook (.xlsx)" : "不是 Excel 文件（.xlsx）";
        Assert.True(page.Contains(expected, StringComparison.Ordinal), $"{what}: {page}");
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_refused()
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        Assert.Contains("is not an Excel workbook", await RefusedAsync(output.ToArray(), "en"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "文件超过 10 MB，未导入")]
    [InlineData("en", "larger than 10 MB and was not imported")]
    public async Task A_50_MB_upload_gets_a_clear_message_not_a_server_error(string language, string expected)
    {
        var content = new byte[50 * 1024 * 1024];
        "PK\u0003\u0004"u8.CopyTo(content);

        Assert.Contains(expected, await RefusedAsync(content, language), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        var bomb = ZipBomb(200);
        Assert.True(bomb.Length < 1024 * 1024, "the bomb should be small when packed");

        Assert.Contains("unpacks to more than 50 MB", await RefusedAsync(bomb, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_without_the_template_headers_is_refused_naming_them()
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook();
        workbook.AddWorksheet("Sheet1").Cell(1, 1).Value = "项目名称";
        using var output = new MemoryStream();
        workbook.SaveAs(output);

        var page = await RefusedAsync(output.ToArray(), "zh-CN");

        Assert.Contains("第 1 行缺少表头：乡镇、社区、指导目录", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_without_a_file_asks_for_one()
    {
        var client = await app.SignedIn("clerk");

        using var response = await client.PostForm(Page, Form, new Dictionary<string, string>(), "en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is required", (await TestClient.Parse(response)).FieldError("Workbook"), StringComparison.Ordinal);
    }

    /// <summary>Uploads as the clerk; asserts a 200 page with the refusal and no new project; returns the refusal's text.</summary>
    private async Task<string> RefusedAsync(byte[] content, string language)
    {
        var client = await app.SignedIn("clerk");
        var before = await app.ProjectCountAsync();

        using var response = await client.Upload(content, language, fileName: "项目清单.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.Parse(response);
        Assert.NotNull(page.QuerySelector("[data-testid=import-refused]"));
        Assert.Equal(before, await app.ProjectCountAsync());
        return page.Text("[data-testid=import-errors]");
    }
}

[Collection(OnSqlite.Name)]
public sealed class ProjectImportBadFileOnSqlite(SqliteApp app) : ProjectImportBadFileTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectImportBadFileOnPostgres(PostgresApp app) : ProjectImportBadFileTests(app);
