using System.Net;
using ClosedXML.Excel;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>Auditors take the journal away as a workbook or a PDF holding exactly the lines the page's filter selects.</summary>
public abstract class JournalExportTests(GrantsApp app)
{
    private const string Filter = "from=2026-01-01&to=2026-03-31";

    [Fact]
    public async Task The_workbook_holds_every_selected_line_and_its_totals_equal_them()
    {
        var auditor = await app.SignedIn("auditor");
        var expected = await LinesAsync();

        using var response = await auditor.GetAsync($"/ledger/journalxlsx?{Filter}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("凭证号", sheet.Cell(3, 1).GetString());
        var last = sheet.LastRowUsed().RowNumber();
        Assert.Equal(expected.Count, last - 4);
        var debits = Enumerable.Range(4, expected.Count).Sum(r => sheet.Cell(r, 6).GetValue<decimal>());
        Assert.Equal(expected.Sum(l => l.Debit), debits);
        Assert.Equal(debits, sheet.Cell(last, 6).GetValue<decimal>());
        Assert.Equal(debits, sheet.Cell(last, 7).GetValue<decimal>());
    }

    [Fact]
    public async Task The_pdf_repeats_the_header_on_every_page_and_a_township_accountant_gets_neither()
    {
        var auditor = await app.SignedIn("auditor");
        using var response = await auditor.GetAsync($"/ledger/journalpdf?{Filter}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.All(pdf.GetPages(), page =>
        {
            var text = page.Text.Replace(" ", "", StringComparison.Ordinal);
            Assert.Contains("凭证号记账日期类型摘要科目借方贷方", text, StringComparison.Ordinal);
            Assert.Contains($"第{page.Number}页共{pdf.NumberOfPages}页", text, StringComparison.Ordinal);
        });

        var accountant = await app.SignedIn("accountant1");
        using var xlsx = await accountant.GetAsync($"/ledger/journalxlsx?{Filter}");
        using var pdf2 = await accountant.GetAsync($"/ledger/journalpdf?{Filter}");
        Assert.Equal(HttpStatusCode.Forbidden, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pdf2.StatusCode);
    }

    private Task<List<(decimal Debit, decimal Credit)>> LinesAsync() => app.InDb(async db =>
    {
        var start = new DateOnly(2026, 1, 1);
        var end = new DateOnly(2026, 3, 31);
        var lines = await (
            from l in db.JournalLines
            join e in db.JournalEntries on l.EntryId equals e.Id
            where e.BookedOn >= start && e.BookedOn <= end
            select new { l.Debit, l.Credit }).ToListAsync();
        return lines.Select(l => (l.Debit.Yuan, l.Credit.Yuan)).ToList();
    });
}

[Collection(OnSqlite.Name)]
public sealed class JournalExportOnSqlite(SqliteApp app) : JournalExportTests(app);

[Collection(OnPostgres.Name)]
public sealed class JournalExportOnPostgres(PostgresApp app) : JournalExportTests(app);
