using Grants.Web.Security;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Ledger;

/// <summary>总账: the trial balance and the journal, read-only, for the county's finance staff, auditors and administrators.</summary>
[Authorize(Policy = Policies.ViewFinance)]
public sealed class LedgerController(TrialBalanceQuery trialBalance, JournalQuery journal, JournalEntryQuery entry, JournalExportQuery export) : Controller
{
    // The journal is county-wide, so only county-wide roles read it; a township accountant sees one township only.
    [HttpGet]
    public IActionResult Index() => RedirectToAction(nameof(TrialBalance));

    [HttpGet]
    public async Task<IActionResult> TrialBalance(CancellationToken ct) => View(await trialBalance.LoadAsync(ct));

    [HttpGet]
    public async Task<IActionResult> Journal(JournalFilter filter, CancellationToken ct) => View(await journal.ListAsync(filter, ct));

    /// <summary>
    /// The filtered journal as a workbook. Written to a temporary file first (deleted when the response closes), then
    /// sent: memory stays bounded at any size, and the zip writer never blocks a request thread on the network.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> JournalXlsx(JournalFilter filter, CancellationToken ct)
    {
        var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await Grants.Reports.Workbooks.LedgerWorkbook.WriteAsync(export.Heading(filter), export.LinesAsync(filter, ct), file, ct);
        }
        catch
        {
            await file.DisposeAsync(); // the response never takes it: close (and so delete) it here
            throw;
        }

        file.Position = 0;
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "日记账.xlsx");
    }

    [HttpGet]
    public async Task<IActionResult> JournalPdf(JournalFilter filter, CancellationToken ct)
    {
        if (await export.PdfAsync(filter, ct) is not { } pdf)
        {
            this.Flash(FlashKind.Warning, "Ledger.PdfTooLarge", JournalExportQuery.MaxPdfLines.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            return RedirectToAction(nameof(Journal), new { filter.Kind, filter.From, filter.To, filter.Account, filter.Q });
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(pdf, "application/pdf", "日记账.pdf");
    }

    [HttpGet("ledger/entry/{id:long}")]
    public async Task<IActionResult> Entry(long id, CancellationToken ct) =>
        await entry.LoadAsync(id, ct) is { } model ? View(model) : NotFound();
}
