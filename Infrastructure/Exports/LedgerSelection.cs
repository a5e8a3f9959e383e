using System.Text.Json;
using Grants.Infrastructure.Ledger;

namespace Grants.Infrastructure.Exports;

public enum ExportKind
{
    /// <summary>日记账: every line in booking order.</summary>
    Journal = 1,

    /// <summary>明细分类账: per account, opening balance, movements with running balance, closing balance.</summary>
    AccountLedger = 2,
}

public enum ExportFormat
{
    Xlsx = 1,
    Pdf = 2,
}

/// <summary>
/// What one export holds: the kind, the format, the booking period (both ends included, either open) and which
/// accounts. Stored with a background request as JSON, so the job exports exactly what was asked.
/// </summary>
public sealed record LedgerSelection(
    ExportKind Kind,
    ExportFormat Format,
    DateOnly? From,
    DateOnly? To,
    AccountFilter Accounts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LedgerSelection FromJson(string json) =>
        JsonSerializer.Deserialize<LedgerSelection>(json, Json) ?? throw new InvalidOperationException("An export request without its selection.");
}
