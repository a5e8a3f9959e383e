using System.Diagnostics;
using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Ledger;
using Grants.Reports.Workbooks;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>One row of an exported 科目余额表, read back from the workbook.</summary>
internal sealed record ExportedAccount(string Account, bool DebitNormal, decimal Opening, decimal Debits, decimal Credits, decimal Closing, decimal CumulativeDebits, decimal CumulativeCredits);

/// <summary>An exported account ledger read back: the summary rows, the totals row, and per account what its detail block holds.</summary>
internal sealed record ExportedLedger(
    IReadOnlyList<ExportedAccount> Accounts, decimal TotalDebits, decimal TotalCredits, decimal CumulativeDebits, decimal CumulativeCredits,
    IReadOnlyDictionary<string, (decimal Opening, decimal Closing, int Movements)> Details);

internal static class ExportsKit
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> ExportAsync(this TestClient client, string query)
    {
        using var response = await client.GetAsync($"/exports?run=true&{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /exports?{query}: {(int)response.StatusCode}");
        Assert.StartsWith(Xlsx, response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The user's latest background export.</summary>
    public static Task<int> LatestExportAsync(this GrantsApp app, string userName) =>
        app.InDb(db => db.ExportRequests.Where(r => r.UserName == userName).MaxAsync(r => r.Id));

    /// <summary>Reads the user's list as they would, until the job is done; a failure shows its error.</summary>
    public static async Task WaitForExportAsync(this TestClient client, int id)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var row = (await client.GetPage("/exports/mine")).QuerySelector($"[data-testid=my-exports] tr[data-id='{id}']");
            Assert.NotNull(row);
            var status = Enum.Parse<ExportStatus>(row.GetAttribute("data-status")!);
            Assert.True(status != ExportStatus.Failed, $"export {id} failed: {row.QuerySelector("[title]")?.GetAttribute("title")}");
            if (status == ExportStatus.Done)
            {
                Assert.Equal("100", row.GetAttribute("data-progress"));
                Assert.NotNull(row.QuerySelector("[data-testid=download]"));
                return;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"export {id} still {status} after {clock.Elapsed.TotalSeconds:0} s");
            await Task.Delay(500);
        }
    }

    /// <summary>Reads the workbook back, asserting on the way that every account reconciles on both sheets.</summary>
    public static ExportedLedger ReadLedger(byte[] xlsx)
    {
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        var summary = book.Worksheet(AccountLedgerWorkbook.SummarySheet);
        var accounts = new List<ExportedAccount>();
        var row = AccountLedgerWorkbook.HeaderRows + 1;
        for (; summary.Cell(row, 1).GetString() != "合计"; row++)
        {
            var a = new ExportedAccount(summary.Cell(row, 1).GetString(), summary.Cell(row, 3).GetString() == "借",
                Yuan(summary, row, 4), Yuan(summary, row, 5), Yuan(summary, row, 6), Yuan(summary, row, 7), Yuan(summary, row, 8), Yuan(summary, row, 9));
            Assert.True(a.Closing == a.Opening + (a.DebitNormal ? a.Debits - a.Credits : a.Credits - a.Debits), $"{a.Account} does not reconcile: {a}");
            accounts.Add(a);
        }

        var details = new Dictionary<string, (decimal, decimal, int)>();
        foreach (var sheet in book.Worksheets.Where(s => s.Name.StartsWith(AccountLedgerWorkbook.DetailSheet, StringComparison.Ordinal)))
        {
            ReadDetails(sheet, details);
        }

        return new ExportedLedger(accounts, Yuan(summary, row, 5), Yuan(summary, row, 6), Yuan(summary, row, 8), Yuan(summary, row, 9), details);
    }

    /// <summary>Each block: opening row, movements whose running balance is checked line by line, closing row.</summary>
    private static void ReadDetails(IXLWorksheet sheet, Dictionary<string, (decimal, decimal, int)> details)
    {
        var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
        for (var row = AccountLedgerWorkbook.HeaderRows + 1; row <= last; row++)
        {
            Assert.Equal(AccountLedgerWorkbook.OpeningLabel, sheet.Cell(row, 6).GetString());
            var account = sheet.Cell(row, 1).GetString();
            var debitNormal = sheet.Cell(row, 9).GetString() == "借";
            var (opening, count) = (Yuan(sheet, row, 10), 0);
            var balance = opening;
            for (row++; sheet.Cell(row, 6).GetString() != AccountLedgerWorkbook.ClosingLabel; row++, count++)
            {
                balance += debitNormal ? Yuan(sheet, row, 7) - Yuan(sheet, row, 8) : Yuan(sheet, row, 8) - Yuan(sheet, row, 7);
                Assert.Equal(balance, Yuan(sheet, row, 10));
            }

            Assert.Equal(balance, Yuan(sheet, row, 10));
            details.Add(account, (opening, balance, count));
        }
    }

    /// <summary>The trial balance page, as a reader sees it: each account's debits and credits, and the totals.</summary>
    public static async Task<(Dictionary<string, (decimal Debits, decimal Credits)> Rows, decimal Debits, decimal Credits)> TrialBalanceAsync(this TestClient client)
    {
        var page = await client.GetPage("/ledger/trialbalance");
        var rows = page.QuerySelectorAll("[data-testid=trial-balance] tr[data-account]").ToDictionary(
            r => r.GetAttribute("data-account")!,
            r => (Money(r.Children[2].TextContent), Money(r.Children[3].TextContent)));
        return (rows, Money(page.QuerySelector("[data-testid=total-debits]")!.TextContent), Money(page.QuerySelector("[data-testid=total-credits]")!.TextContent));
    }

    /// <summary>Every account of one township that has a journal line, worked out from the records, not through the export's code.</summary>
    public static Task<HashSet<string>> TownshipAccountsAsync(this GrantsApp app, int townshipId) => app.InDb(async db =>
    {
        var projects = await db.Projects.Where(p => p.TownshipId == townshipId).Select(p => p.Id).ToListAsync();
        var requests = await db.Requests.Where(r => r.TownshipId == townshipId).Select(r => r.Id).ToListAsync();
        var awards = await db.AwardPayouts.Where(a => a.TownshipId == townshipId).Select(a => a.Id).ToListAsync();
        var accounts = await db.JournalLines.Select(l => l.Account).Distinct().ToListAsync();
        return accounts.Where(a => AccountOwner.Parse(a) is var o && o.Kind switch
        {
            AccountKind.ProjectFunds => projects.Contains(o.Id),
            AccountKind.RequestPayable or AccountKind.RequestPaid => requests.Contains(o.Id),
            AccountKind.AwardPayable => awards.Contains(o.Id),
            _ => false,
        }).ToHashSet();
    });

    private static decimal Money(string text) =>
        decimal.Parse(text.Trim().Replace("¥", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static decimal Yuan(IXLWorksheet sheet, int row, int column) =>
        sheet.Cell(row, column).GetString() is { Length: > 0 } ? sheet.Cell(row, column).GetValue<decimal>() : 0m;
}
