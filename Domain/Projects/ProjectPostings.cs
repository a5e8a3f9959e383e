using System.Globalization;
using Grants.Domain.Ledger;

namespace Grants.Domain.Projects;

/// <summary>
/// The journal entries for cash that reaches a project from outside the pools. Labour and materials in kind are
/// never posted: they are valued and reported, not money.
/// </summary>
public static class ProjectPostings
{
    /// <summary>
    /// A donation, named by its receipt number (unique in the county), so the entry can be built before the
    /// donation has an id and leads back to the receipt the donor holds.
    /// </summary>
    public static JournalEntry Donation(Donation donation, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(donation);
        return JournalEntry.Post(
            JournalKind.Donation, donation.DonatedOn, $"{donation.Donor} {donation.ReceiptNumber}", $"donation:{donation.ReceiptNumber}", at, by,
            JournalLine.Debiting(LedgerAccount.ProjectFunds(donation.ProjectId), donation.Amount),
            JournalLine.Crediting(LedgerAccount.Donors(donation.DonatedOn.Year), donation.Amount));
    }

    /// <summary>A change of the residents' cash: more money in, or a correction that takes some back out. Null for no change.</summary>
    public static JournalEntry? SelfFunding(Project project, Money change, DateOnly on, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (change.IsZero)
        {
            return null;
        }

        var funds = LedgerAccount.ProjectFunds(project.Id);
        var residents = LedgerAccount.Residents(on.Year);
        var amount = change.IsNegative ? -change : change;
        var source = $"self-funding:{project.Id.ToString(CultureInfo.InvariantCulture)}";
        return change.IsPositive
            ? JournalEntry.Post(JournalKind.SelfFunding, on, "群众自筹 / residents' cash", source, at, by,
                JournalLine.Debiting(funds, amount), JournalLine.Crediting(residents, amount))
            : JournalEntry.Post(JournalKind.SelfFunding, on, "群众自筹更正 / residents' cash corrected", source, at, by,
                JournalLine.Debiting(residents, amount), JournalLine.Crediting(funds, amount));
    }
}
