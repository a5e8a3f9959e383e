using System.Text.Json;
using Grants.Infrastructure.Ledger;

namespace Grants.Infrastructure.Exports;

public enum ExportKind
{
    /// <summary>日记账: every line in booking order.</summary>
    Journal = 1,

    /// <summary>明细分类账: per account, opening balance, movements with running balance, closing balance.</summary>
    AccountLedger = 2,

    /// <summary>证据包: a project's or a quarter's ledger extract, receipts, approval trail and documents, with a SHA-256 manifest.</summary>
    EvidencePack = 3,
}

public enum ExportFormat
{
    Xlsx = 1,
    Pdf = 2,
    Zip = 3,
}

/// <summary>
/// Which evidence pack — a project's or a quarter's ("2026Q3"), exactly one — and what its reader may see beyond their
/// township: the settlement's county-wide files and the audit trail's records. Both are decided from the user's roles
/// when they ask, because the job that writes the pack has no user; the township scope is the request's own.
/// </summary>
public sealed record EvidenceSelection(int? ProjectId, string? Quarter, bool CountyFiles, bool AuditTrail);

/// <summary>
/// What one export holds: the kind, the format, the booking period (both ends included, either open) and which
/// accounts — or, for an evidence pack, which pack. Stored with a background request as JSON, so the job exports
/// exactly what was asked.
/// </summary>
public sealed record LedgerSelection(
    ExportKind Kind,
    ExportFormat Format,
    DateOnly? From,
    DateOnly? To,
    AccountFilter Accounts,
    EvidenceSelection? Evidence = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static LedgerSelection Pack(EvidenceSelection evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if ((evidence.ProjectId is null) == (evidence.Quarter is null))
        {
            throw new ArgumentException("An evidence pack is a project's or a quarter's, exactly one.", nameof(evidence));
        }

        return new(ExportKind.EvidencePack, ExportFormat.Zip, null, null, new AccountFilter(ProjectId: evidence.ProjectId), evidence);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LedgerSelection FromJson(string json) =>
        JsonSerializer.Deserialize<LedgerSelection>(json, Json) ?? throw new InvalidOperationException("An export request without its selection.");
}
