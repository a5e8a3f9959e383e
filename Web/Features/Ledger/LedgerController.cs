using Grants.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Ledger;

/// <summary>总账: the trial balance and the journal, read-only, for the county's finance staff, auditors and administrators.</summary>
[Authorize(Policy = Policies.ViewFinance)]
public sealed class LedgerController(TrialBalanceQuery trialBalance, JournalQuery journal, JournalEntryQuery entry) : Controller
{
    // The journal is county-wide, so only county-wide roles read it; a township accountant sees one township only.
    [HttpGet]
    public IActionResult Index() => RedirectToAction(nameof(TrialBalance));

    [HttpGet]
    public async Task<IActionResult> TrialBalance(CancellationToken ct) => View(await trialBalance.LoadAsync(ct));

    [HttpGet]
    public async Task<IActionResult> Journal(JournalFilter filter, CancellationToken ct) => View(await journal.ListAsync(filter, ct));

    [HttpGet("ledger/entry/{id:long}")]
    public async Task<IActionResult> Entry(long id, CancellationToken ct) =>
        await entry.LoadAsync(id, ct) is { } model ? View(model) : NotFound();
}
