namespace Grants.Infrastructure.EvidencePacks;

/// <summary>
/// Who a pack is for, and what they may see beyond their township (which the <see cref="Ledger.ScopedLedger"/> carries):
/// the settlement's county-wide files (every township's results and bank accounts: the finance readers) and the audit
/// trail's records (who did what from which address: the auditor and the administrator). The caller decides both by
/// the same policies its pages use; a township accountant never gets the county-wide files, whatever is asked.
/// </summary>
/// <param name="Name">The user the pack is made for, as its manifest and trail say.</param>
public sealed record EvidenceReader(string Name, bool SeesCountyFiles, bool SeesAuditTrail)
{
    /// <summary>An operator at the command line: everything.</summary>
    public static EvidenceReader Operator(string name) => new(name, SeesCountyFiles: true, SeesAuditTrail: true);
}
