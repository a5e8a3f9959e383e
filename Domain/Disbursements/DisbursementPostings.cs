using System.Globalization;
using Grants.Domain.Ledger;

namespace Grants.Domain.Disbursements;

/// <summary>
/// The journal entries of money going out: the approval moves it from the project's cash to what is owed to the
/// payee; the payment records it gone. Both are booked in the same save as the request's change.
/// </summary>
public static class DisbursementPostings
{
    public static JournalEntry Approval(DisbursementRequest request, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JournalEntry.Post(
            JournalKind.DisbursementApproved, request.ApprovedOn!.Value, $"{request.PayeeName} {request.Purpose}", Source(request), at, by,
            JournalLine.Debiting(LedgerAccount.RequestPayable(request.Id), request.Amount),
            JournalLine.Crediting(LedgerAccount.ProjectFunds(request.ProjectId), request.Amount));
    }

    public static JournalEntry Payment(DisbursementRequest request, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JournalEntry.Post(
            JournalKind.Payment, request.PaidOn!.Value, $"{request.PayeeName} {request.BankReference}", Source(request), at, by,
            JournalLine.Debiting(LedgerAccount.RequestPaid(request.Id), request.Amount),
            JournalLine.Crediting(LedgerAccount.RequestPayable(request.Id), request.Amount));
    }

    private static string Source(DisbursementRequest request) => $"disbursement:{request.Id.ToString(CultureInfo.InvariantCulture)}";
}
