using System.Linq.Expressions;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Storage;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>
/// The demo county's disbursement requests: every state on a first run, real receipt files, and books that balance.
/// Other tests add requests of their own to the shared database (filed by accountant1 or accountant2), so these look
/// only at the demo's, filed by the accountants of the other townships ("accountant-T05").
/// </summary>
public abstract class DemoRequestsTests(GrantsApp app)
{
    private static readonly Expression<Func<DisbursementRequest, bool>> Demo = r => r.FiledBy.StartsWith("accountant-T");

    [Fact]
    public async Task The_demo_has_requests_in_each_of_the_seven_statuses()
    {
        var counts = await app.InDb(db => db.Requests.AsNoTracking().Where(Demo)
            .GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync());

        Assert.Equal(Enum.GetValues<RequestStatus>().ToHashSet(), counts.Select(c => c.Status).ToHashSet());
        Assert.InRange(counts.Sum(c => c.Count), 60, 150);
    }

    [Fact]
    public async Task Every_demo_request_past_its_draft_carries_an_invoice_whose_file_is_in_the_store()
    {
        var store = app.Services.GetRequiredService<FileStore>();
        var requests = await app.InDb(db => db.Requests.AsNoTracking().Include(r => r.Invoices).Include(r => r.Evidence).AsSplitQuery()
            .Where(Demo).Where(r => r.Status != RequestStatus.Draft).ToListAsync());

        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.True(r.Invoices.Count > 0, $"request {r.Id} ({r.Status}) has no invoice"));
        var hashes = requests.SelectMany(r => r.Invoices.Select(i => i.File.Sha256).Concat(r.Evidence.Select(e => e.File.Sha256))).ToHashSet();
        var stored = await app.InDb(db => db.StoredFiles.AsNoTracking().Where(f => hashes.Contains(f.Sha256)).ToListAsync());
        Assert.Equal(hashes.Count, stored.Count);
        Assert.All(stored, file =>
        {
            Assert.True(store.Exists(file.Sha256), $"{file.Sha256} is not in the store");
            Assert.Equal(file.ContentType, FileKinds.Detect(File.ReadAllBytes(store.PathOf(file.Sha256))));
        });
        // The same sample file attached to many requests is stored once.
        Assert.True(hashes.Count < requests.Count, $"{hashes.Count} files for {requests.Count} requests");
        var kinds = requests.SelectMany(r => r.Evidence.Select(e => e.Kind)).ToHashSet();
        Assert.Superset(new HashSet<EvidenceKind> { EvidenceKind.Contract, EvidenceKind.AcceptanceRecord, EvidenceKind.Photo }, kinds);
    }

    [Fact]
    public async Task Approved_and_paid_demo_requests_hold_their_amounts_in_their_own_ledger_accounts()
    {
        var requests = await app.InDb(db => db.Requests.AsNoTracking().Where(Demo)
            .Select(r => new { r.Id, r.Status, r.Amount, r.BankReference }).ToListAsync());
        var lines = await app.InDb(db => db.JournalLines.AsNoTracking().Where(l => l.Account.StartsWith("request:"))
            .Select(l => new { l.Account, l.Debit, l.Credit }).ToListAsync());
        Money Net(LedgerAccount account) =>
            lines.Where(l => l.Account == account.Code).Total(l => l.Debit) - lines.Where(l => l.Account == account.Code).Total(l => l.Credit);

        var committed = requests.Where(r => r.Status is RequestStatus.Approved or RequestStatus.Paid).ToList();
        Assert.Contains(committed, r => r.Status == RequestStatus.Approved);
        Assert.Contains(committed, r => r.Status == RequestStatus.Paid);
        Assert.All(committed, r =>
        {
            var paid = r.Status == RequestStatus.Paid;
            Assert.Equal(paid ? Money.Zero : r.Amount, Net(LedgerAccount.RequestPayable(r.Id)));
            Assert.Equal(paid ? r.Amount : Money.Zero, Net(LedgerAccount.RequestPaid(r.Id)));
            Assert.Equal(paid, r.BankReference is not null);
        });
        var untouched = requests.Except(committed).SelectMany(r => new[] { LedgerAccount.RequestPayable(r.Id).Code, LedgerAccount.RequestPaid(r.Id).Code }).ToHashSet();
        Assert.DoesNotContain(lines, l => untouched.Contains(l.Account));
    }

    [Fact]
    public async Task The_demo_reviews_keep_maker_checker_and_give_their_reasons()
    {
        var requests = await app.InDb(db => db.Requests.AsNoTracking().Where(Demo).Include(r => r.History).ToListAsync());
        var threshold = Money.FromYuan(100_000m);

        Assert.All(requests.Where(r => r.Status == RequestStatus.FirstApproved), r =>
            Assert.True(r.Amount > threshold && r.FirstApprovedBy == "clerk" && r.ApprovedBy is null, $"request {r.Id}"));
        Assert.All(requests.Where(r => r.Status is RequestStatus.Approved or RequestStatus.Paid), r =>
        {
            Assert.NotEqual(r.FiledBy, r.ApprovedBy);
            Assert.Equal(r.Amount > threshold ? "approver" : "clerk", r.ApprovedBy);
        });
        Assert.All(requests.Where(r => r.Status is RequestStatus.Returned or RequestStatus.Rejected), r =>
        {
            var last = r.History.OrderBy(h => h.At).Last();
            Assert.Equal(r.Status == RequestStatus.Returned ? ReviewAction.Returned : ReviewAction.Rejected, last.Action);
            Assert.False(string.IsNullOrWhiteSpace(last.Reason), $"request {r.Id} has no reason");
        });
        Assert.All(requests.Where(r => r.Status == RequestStatus.Returned), r => Assert.Equal(2, r.Round));
        Assert.Contains(requests, r => r.Round == 2 && r.Status is RequestStatus.Submitted or RequestStatus.Paid);
    }
}

[Collection(OnSqlite.Name)]
public sealed class DemoRequestsOnSqlite(SqliteApp app) : DemoRequestsTests(app);

[Collection(OnPostgres.Name)]
public sealed class DemoRequestsOnPostgres(PostgresApp app) : DemoRequestsTests(app);
