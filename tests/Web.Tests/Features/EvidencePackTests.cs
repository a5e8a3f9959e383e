using System.Globalization;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Infrastructure;
using Grants.Infrastructure.EvidencePacks;
using Grants.Infrastructure.Storage;
using Grants.Reports.Evidence;
using Grants.Web.Cli;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Grants.Web.Tests.Features.RequestsKit;

namespace Grants.Web.Tests.Features;

/// <summary>
/// A project's evidence pack: every hash in the manifest is its entry's, the receipts are the stored bytes, the ledger
/// is the project's and reconciles, the approval trail names who decided — and another township's accountant gets
/// "not found" and no zip.
/// </summary>
public abstract class EvidencePackTests(GrantsApp app)
{
    private FileStore Store => app.Services.GetRequiredService<FileStore>();

    [Fact]
    public async Task A_paid_requests_pack_holds_the_uploaded_receipts_its_ledger_and_a_trail_naming_each_approver()
    {
        var projectName = ProjectsKit.UniqueName("证据包");
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, projectName);
        var (accountant, clerk, approver) = (await app.SignedIn("accountant1"), await app.SignedIn("clerk"), await app.SignedIn("approver"));
        var (invoice, contract, photo) = (ReceiptFileKit.UniquePdf(), ReceiptFileKit.UniquePdf(), ReceiptFileKit.UniquePng());
        var id = await accountant.DraftAsync(projectId, Voucher(amount: "120000"));
        using (var added = await accountant.AddInvoiceAsync(id, UniqueInvoiceNumber(), invoice, amount: "120000"))
        {
            IdFrom(added, "/requests/details/");
        }

        await accountant.DoRequestAsync($"/requests/edit/{id}", new() { ["Intent"] = "submit" });
        await clerk.DoRequestAsync($"/review/return/{id}", new() { ["Reason"] = "请补充施工合同" });
        // Named like the invoice: the two must not share a name in the zip.
        await UploadAsync(accountant, id, "Contract", "发票.pdf", contract, "application/pdf");
        await UploadAsync(accountant, id, "Photo", "C:\\扫描\\现场照片.png", photo, "image/png");
        await accountant.DoRequestAsync($"/requests/edit/{id}", new() { ["Intent"] = "submit" });
        await clerk.DoRequestAsync($"/review/approve/{id}", []);
        await approver.DoRequestAsync($"/review/approve/{id}", []);
        var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await clerk.DoRequestAsync($"/review/pay/{id}", new() { ["PaidOn"] = today, ["BankReference"] = "95588-EVIDENCE-0001" });

        var township = await app.TownshipId(DemoData.OwnTownship);
        var pack = await app.ProjectPackAsync(projectId, new("accountant1", township));

        pack.AssertTrue(Store);
        Assert.Equal(("project", "accountant1", township), (pack.Manifest.Pack, pack.Manifest.GeneratedBy, pack.Manifest.TownshipScope));
        Assert.Equal(projectId.ToString(CultureInfo.InvariantCulture), pack.Manifest.Filter["projectId"]);
        var receipts = pack.Of(EvidenceKinds.Receipt).ToList();
        Assert.All(receipts, r => Assert.Equal(EvidenceKinds.Ok, r.Status));
        Assert.Equal(
            new[] { invoice, contract, photo }.Select(EvidencePackKit.Sha256).Order(),
            receipts.Select(r => r.Sha256).Order());
        Assert.Equal(invoice, pack.Entries[$"receipts/request-{id}/发票.pdf"]);
        Assert.Equal(contract, pack.Entries[$"receipts/request-{id}/2-发票.pdf"]);
        Assert.Equal(photo, pack.Entries[$"receipts/request-{id}/现场照片.png"]);
        Assert.Equal(new[] { EvidenceLedgerName, EvidencePack.TrailName }, pack.Manifest.Files.Take(2).Select(f => f.Path));

        await AssertLedgerIsTheProjectsAsync(pack, projectId);
        var request = await app.RequestAsync(id);
        var trail = pack.PdfText(EvidencePack.TrailName);
        Assert.Contains($"{projectName.Replace(" ", "", StringComparison.Ordinal)}审批记录", trail, StringComparison.Ordinal);
        foreach (var step in request.History)
        {
            Assert.Contains($"{ChinaMinute(step.At)}报账单#{id}", trail, StringComparison.Ordinal);
        }

        Assert.Contains("复核通过approver120,000.00城关镇宏达建筑队", trail, StringComparison.Ordinal);
        Assert.Contains("初审通过clerk120,000.00", trail, StringComparison.Ordinal);
        Assert.Contains("退回修改clerk120,000.00城关镇宏达建筑队请补充施工合同", trail, StringComparison.Ordinal);
        Assert.Contains("银行流水号95588-EVIDENCE-0001", trail, StringComparison.Ordinal);
        // The audit trail is the auditor's and the administrator's to read: left out for the accountant, printed for the auditor.
        Assert.Contains(ApprovalTrailDocument.AuditLeftOut, trail, StringComparison.Ordinal);
        Assert.DoesNotContain($"POST/review/approve/{id}", trail, StringComparison.Ordinal);
        var audited = await app.ProjectPackAsync(projectId, EvidencePackKit.Reader.Auditor);
        audited.AssertTrue(Store);
        var auditedTrail = audited.PdfText(EvidencePack.TrailName);
        Assert.Contains($"修改报账单#{id}POST/review/approve/{id}", auditedTrail, StringComparison.Ordinal);
        Assert.Contains($"新增发票#{request.Invoices.Single().Id}", auditedTrail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_townships_accountant_gets_not_found_and_not_a_byte_of_zip()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("证据包越权"));
        var other = new EvidencePackKit.Reader("accountant2", await app.TownshipId(DemoData.OtherTownship), SeesCountyFiles: true, SeesAuditTrail: true);
        using var zip = new MemoryStream();

        var (refused, name) = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<Grants.Infrastructure.Data.GrantsDbContext>();
            var pack = new EvidencePack(db, Store, Grants.Infrastructure.Ledger.ScopedLedger.Of(db, other), other.ForPack, TimeProvider.System);
            return (await Assert.ThrowsAsync<EvidenceNotFoundException>(() => pack.WriteProjectAsync(projectId, zip, null, default)),
                await pack.ProjectNameAsync(projectId, default));
        });
        var unknown = await Assert.ThrowsAsync<EvidenceNotFoundException>(() =>
            app.WriteAsync(other, (pack, stream) => pack.WriteProjectAsync(int.MaxValue, stream, null, default)));

        Assert.Equal(0, zip.Length);
        Assert.Null(name);
        // One answer for "not yours" and "not there": the message tells nothing of another township.
        Assert.Equal(refused.Message.Replace(projectId.ToString(CultureInfo.InvariantCulture), "#", StringComparison.Ordinal),
            unknown.Message.Replace(int.MaxValue.ToString(CultureInfo.InvariantCulture), "#", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_demo_projects_pack_for_the_county_lists_every_attachment_of_its_requests_once()
    {
        var projectId = await app.InDb(db => db.Requests.IgnoreQueryFilters().Where(r => r.Status == RequestStatus.Paid)
            .GroupBy(r => r.ProjectId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync());
        var requests = await app.InDb(db => db.Requests.IgnoreQueryFilters().AsNoTracking().Include(r => r.Invoices).Include(r => r.Evidence)
            .AsSplitQuery().Where(r => r.ProjectId == projectId).ToListAsync());

        var pack = await app.ProjectPackAsync(projectId, EvidencePackKit.Reader.Auditor);

        pack.AssertTrue(Store);
        Assert.Null(pack.Manifest.TownshipScope);
        var attached = requests.SelectMany(r => r.Invoices.Select(i => (r.Id, i.File.Sha256)).Concat(r.Evidence.Select(e => (r.Id, e.File.Sha256)))).ToList();
        Assert.Equal(
            attached.Select(a => $"request:{a.Id}|{a.Sha256}").Order(StringComparer.Ordinal),
            pack.Of(EvidenceKinds.Receipt).Select(r => $"{r.Source.Split(' ')[0]}|{r.StoredSha256}").Order(StringComparer.Ordinal));
        Assert.All(pack.Of(EvidenceKinds.Receipt), r => Assert.Equal(EvidenceKinds.Ok, r.Status));
        await AssertLedgerIsTheProjectsAsync(pack, projectId);
        var trail = pack.PdfText(EvidencePack.TrailName);
        Assert.All(requests.Where(r => r.ApprovedBy is not null), r => Assert.Contains(r.ApprovedBy!, trail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_receipt_missing_from_the_store_or_changed_on_disk_is_flagged_in_the_manifest_not_hidden()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("证据包缺失"));
        var (kept, changed, lost) = (ReceiptFileKit.UniquePdf(), ReceiptFileKit.UniquePdf(), ReceiptFileKit.UniquePdf());
        var requestId = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<Grants.Infrastructure.Data.GrantsDbContext>();
            var project = await db.Projects.IgnoreQueryFilters().SingleAsync(p => p.Id == projectId);
            var request = new DisbursementRequest(project, "accountant1", At, Guid.NewGuid());
            foreach (var (content, kind) in new[] { (kept, EvidenceKind.Contract), (changed, EvidenceKind.Photo), (lost, EvidenceKind.Other) })
            {
                var blob = content == lost ? new StoredBlob(ReceiptFileKit.Sha256(lost), lost.Length, FileKinds.Pdf) : await Store.SaveAsync(new MemoryStream(content), default);
                await db.RecordAsync(blob, At, "accountant1", default);
                request.AddEvidence(kind, blob.Sha256, $"{kind}.pdf");
            }

            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
        var changedSha = ReceiptFileKit.Sha256(changed);
        var tampered = ReceiptFileKit.UniquePdf();
        File.WriteAllBytes(Store.PathOf(changedSha), tampered);

        var pack = await app.ProjectPackAsync(projectId, EvidencePackKit.Reader.Auditor);

        pack.AssertTrue(Store);
        var receipts = pack.Of(EvidenceKinds.Receipt).ToDictionary(r => r.StoredSha256!);
        Assert.Equal(EvidenceKinds.Ok, receipts[ReceiptFileKit.Sha256(kept)].Status);
        Assert.Equal((EvidenceKinds.Altered, EvidencePackKit.Sha256(tampered)), (receipts[changedSha].Status, receipts[changedSha].Sha256));
        Assert.Equal(tampered, pack.Entries[receipts[changedSha].Path]);
        Assert.Equal((EvidenceKinds.Missing, "", ""), (receipts[ReceiptFileKit.Sha256(lost)].Status, receipts[ReceiptFileKit.Sha256(lost)].Path, receipts[ReceiptFileKit.Sha256(lost)].Sha256));
        Assert.Equal($"request:{requestId} other", receipts[ReceiptFileKit.Sha256(lost)].Source);
    }

    [Fact]
    public async Task The_cli_writes_a_project_pack_to_its_file_and_refuses_an_unknown_project_leaving_no_file()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("证据包命令行"));
        var folder = Directory.CreateTempSubdirectory("grants-evidence-");
        try
        {
            var path = Path.Combine(folder.FullName, "pack.zip");
            using var output = new StringWriter();
            Assert.Equal(0, await app.InScope(sp => EvidenceCommand.RunAsync(sp, new(projectId, null), path, output, default)));
            var pack = EvidencePackKit.Open(File.ReadAllBytes(path));
            pack.AssertTrue(Store);
            Assert.Contains($"zip sha256 {EvidencePackKit.Sha256(pack.Zip)}", output.ToString(), StringComparison.Ordinal);

            var missing = Path.Combine(folder.FullName, "none.zip");
            var refused = await Assert.ThrowsAsync<OperatorException>(() => app.InScope(sp => EvidenceCommand.RunAsync(sp, new(int.MaxValue, null), missing, TextWriter.Null, default)));
            Assert.Contains("不存在", refused.Message, StringComparison.Ordinal);
            Assert.Equal(["pack.zip"], folder.GetFiles().Select(f => f.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private const string EvidenceLedgerName = "ledger.xlsx";

    private static string ChinaMinute(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-ddHH:mm", CultureInfo.InvariantCulture);

    private static async Task UploadAsync(TestClient accountant, int id, string kind, string name, byte[] content, string type)
    {
        using var response = await accountant.PostUpload($"/requests/evidence/{id}", "main form", new Dictionary<string, string> { ["Kind"] = kind }, "File", name, content, type);
        IdFrom(response, "/requests/details/");
    }

    /// <summary>The workbook's accounts are exactly the project's that have lines, and each closes at its balance in the journal.</summary>
    private async Task AssertLedgerIsTheProjectsAsync(OpenedPack pack, int projectId)
    {
        var ledger = ExportsKit.ReadLedger(pack.Entries[EvidenceLedgerName]);
        var requestIds = await app.InDb(db => db.Requests.IgnoreQueryFilters().Where(r => r.ProjectId == projectId).Select(r => r.Id).ToListAsync());
        List<string> own = [$"project:{projectId}:funds", .. requestIds.SelectMany(r => new[] { $"request:{r}:payable", $"request:{r}:paid" })];
        var lines = await app.InDb(db => db.JournalLines.AsNoTracking().Where(l => own.Contains(l.Account)).ToListAsync());
        var byAccount = lines.GroupBy(l => l.Account).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(byAccount.Keys.Order(StringComparer.Ordinal), ledger.Accounts.Select(a => a.Account));
        Assert.All(ledger.Accounts, a =>
        {
            var journal = byAccount[a.Account];
            Assert.Equal(journal.Aggregate(Money.Zero, (s, l) => s + l.Debit - l.Credit).Yuan, a.Closing);
            Assert.Equal((0m, a.Closing, journal.Count), ledger.Details[a.Account]);
        });
        Assert.Equal(ledger.Accounts.Sum(a => a.Debits), ledger.TotalDebits);
    }
}

[Collection(OnSqlite.Name)]
public sealed class EvidencePackOnSqlite(SqliteApp app) : EvidencePackTests(app);

[Collection(OnPostgres.Name)]
public sealed class EvidencePackOnPostgres(PostgresApp app) : EvidencePackTests(app);
