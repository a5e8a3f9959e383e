using System.Globalization;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using static Grants.Infrastructure.Seeding.DemoOutcome;

namespace Grants.Infrastructure.Seeding;

/// <summary>What the accountant writes on one demo voucher; the instalment numbers a project's progress payments.</summary>
internal sealed record DemoVoucher(string Township, string Filer, DateOnly FiledOn, CashSource Source, Money Amount, int Instalment);

/// <summary>
/// One demo request's life, day by day, through the domain: written, evidenced with the sample files, submitted,
/// returned and resubmitted, reviewed at one or two levels, paid. Invoice numbers run county-wide under a code per
/// township (42002600 + its digits), so no invoice is ever claimed twice.
/// </summary>
internal sealed class DemoRequestSteps(Random random, DemoSampleFiles files)
{
    private const string Clerk = "clerk";
    private const string Approver = "approver";

    private static readonly DisbursementRules Rules = DisbursementRules.Default;
    private static readonly TranchePlan Plan = TranchePlan.Default;
    private static readonly CoFinancingRules CoFinancing = CoFinancingRules.Default;

    private int invoices;
    private int references;

    /// <summary>The sample receipt files every voucher attaches.</summary>
    public DemoSampleFiles Files => files;

    public async Task<DisbursementRequest> FileAsync(Project project, DemoOutcome outcome, DemoVoucher voucher, Guid token, CancellationToken ct)
    {
        var day = voucher.FiledOn;
        var request = new DisbursementRequest(project, voucher.Filer, At(day, 9), token);
        var cash = outcome == PaidInCash;
        var payee = Pick(cash ? DemoRequestTexts.CashPayees : DemoRequestTexts.Payees);
        // Past the share payable before acceptance, the voucher must carry the acceptance record (验收单).
        var final = project.Disbursed + voucher.Amount > Plan.PayableCap(project.Budget.Payable, TrancheStage.WorksCompleted);
        var purpose = final ? DemoRequestTexts.FinalPayment : string.Format(CultureInfo.InvariantCulture, Pick(payee.Purposes), voucher.Instalment);
        if (outcome == DraftIncomplete)
        {
            request.Edit(RequestDetails.Empty with { Amount = voucher.Amount, Source = voucher.Source, Purpose = purpose });
            return request;
        }

        var (handler, witness) = People();
        request.Edit(new RequestDetails(
            voucher.Amount, voucher.Source, payee.Name, cash ? null : payee.Bank, cash ? null : Account(), purpose, handler, witness,
            cash ? PaymentMethod.Cash : PaymentMethod.BankTransfer));
        var returned = outcome is Returned or Resubmitted or PaidAfterReturn;
        await AttachAsync(request, voucher, payee, final, photo: !returned, ct);
        if (outcome == Draft)
        {
            return request;
        }

        request.Submit(project, voucher.Filer, At(day, 10), Rules, Plan, CoFinancing);
        if (returned)
        {
            day = Later(day, 2, 5);
            request.ReturnForCorrection(Clerk, At(day, 11), Pick(DemoRequestTexts.ReturnReasons));
            if (outcome == Returned)
            {
                return request;
            }

            day = Later(day, 1, 4);
            request.AddEvidence(EvidenceKind.Photo, await files.AttachAsync(EvidenceKind.Photo, At(day, 9), voucher.Filer, ct), "现场照片（补）.png");
            request.Submit(project, voucher.Filer, At(day, 10), Rules, Plan, CoFinancing);
        }

        switch (outcome)
        {
            case Rejected:
                request.Reject(Clerk, At(Later(day, 2, 5), 15), Pick(DemoRequestTexts.RejectReasons));
                break;
            case FirstApproved:
                request.Approve(project, Clerk, At(Later(day, 1, 4), 14), Rules, Plan, CoFinancing);
                break;
            case Approved:
                Approve(project, request, day);
                break;
            case Paid or PaidInCash or PaidAfterReturn:
                var paidOn = Later(Approve(project, request, day), 1, 5);
                request.RecordPayment(Clerk, At(paidOn, 16), paidOn, Reference(payee, paidOn));
                break;
        }

        return request;
    }

    /// <summary>China time on that day, stored in UTC (as the web app stores its clock's time).</summary>
    public DateTimeOffset At(DateOnly day, int hour) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, random.Next(60))), TimeSpan.FromHours(8)).ToUniversalTime();

    public static DateOnly Workday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    /// <summary>The clerk's approval, and the approver's second one above the threshold; returns the day it became final.</summary>
    private DateOnly Approve(Project project, DisbursementRequest request, DateOnly day)
    {
        day = Later(day, 1, 4);
        if (!request.Approve(project, Clerk, At(day, 14), Rules, Plan, CoFinancing))
        {
            day = Later(day, 1, 3);
            request.ConfirmApproval(project, Approver, At(day, 16), Plan, CoFinancing);
        }

        return day;
    }

    private async Task AttachAsync(DisbursementRequest request, DemoVoucher voucher, DemoPayee payee, bool final, bool photo, CancellationToken ct)
    {
        var at = At(voucher.FiledOn, 9);
        Task<string> Sample(EvidenceKind kind) => files.AttachAsync(kind, at, voucher.Filer, ct);
        var code = "42002600" + voucher.Township[1..];
        var number = (++invoices).ToString("D8", CultureInfo.InvariantCulture);
        var issuedOn = voucher.FiledOn.AddDays(-random.Next(1, 12));
        request.AddInvoice(code, number, voucher.Amount, issuedOn, payee.Name, await Sample(EvidenceKind.Invoice), $"发票{number}.pdf");
        if (payee.Contracted)
        {
            request.AddEvidence(EvidenceKind.Contract, await Sample(EvidenceKind.Contract), "合同.pdf");
        }

        if (final)
        {
            request.AddEvidence(EvidenceKind.AcceptanceRecord, await Sample(EvidenceKind.AcceptanceRecord), "竣工验收单.pdf");
        }

        if (photo)
        {
            request.AddEvidence(EvidenceKind.Photo, await Sample(EvidenceKind.Photo), "现场照片.png");
        }
    }

    /// <summary>经办人 and 证明人: two people of the village, never the same.</summary>
    private (string Handler, string Witness) People()
    {
        var surnames = DemoNames.Surnames;
        var first = random.Next(surnames.Length);
        var second = (first + 1 + random.Next(surnames.Length - 1)) % surnames.Length;
        return ($"{surnames[first]}某某（{Pick(DemoRequestTexts.HandlerRoles)}）", $"{surnames[second]}某某（{Pick(DemoRequestTexts.WitnessRoles)}）");
    }

    private string Account() => "6217" + string.Concat(Enumerable.Range(0, 15).Select(_ => (char)('0' + random.Next(10))));

    private string Reference(DemoPayee payee, DateOnly paidOn)
    {
        var on = paidOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return payee.Bank.Length == 0
            ? $"{payee.ReferencePrefix}-{on}-{(++references).ToString("000", CultureInfo.InvariantCulture)}"
            : $"{payee.ReferencePrefix}-{on}{(++references).ToString("0000", CultureInfo.InvariantCulture)}";
    }

    private DateOnly Later(DateOnly day, int fromDays, int toDays) => Workday(day.AddDays(random.Next(fromDays, toDays + 1)));

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
