using System.Globalization;

namespace Grants.Infrastructure.Audit;

/// <summary>The outcome of <see cref="AuditVerifier"/>: how much it read, the chain's head, and the first break if any.</summary>
public sealed record AuditVerification(long Records, long JournalRows, long HeadSequence, string HeadHash, AuditDiscrepancy? Discrepancy)
{
    public bool IsOk => Discrepancy is null;
}

/// <summary>A head an auditor noted down earlier ("1234:ab12…"): verify then also proves the trail was not cut back below it.</summary>
public sealed record AuditAnchor(long Sequence, string Hash)
{
    public static AuditAnchor? Parse(string? text)
    {
        var parts = text?.Split(':', 2, StringSplitOptions.TrimEntries);
        return parts is [var sequence, { Length: 64 } hash] && long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new AuditAnchor(number, hash.ToLowerInvariant())
            : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sequence}:{Hash}");
}

/// <summary>
/// The first thing found wrong, as a key of the UI text catalogue (Web/Resources/Audit.tsv) and its arguments, so the
/// auditor's page and the CLI say it in either language. <see cref="Sequence"/> is the audit record it names, if any.
/// </summary>
public sealed record AuditDiscrepancy(string Key, IReadOnlyList<string> Args, long? Sequence)
{
    public const string Empty = "Audit.Check.Empty";
    public const string NotGenesis = "Audit.Check.NotGenesis";
    public const string Gap = "Audit.Check.Gap";
    public const string Link = "Audit.Check.Link";
    public const string Hash = "Audit.Check.Hash";
    public const string AnchorMissing = "Audit.Check.AnchorMissing";
    public const string AnchorDiffers = "Audit.Check.AnchorDiffers";
    public const string JournalEntryCount = "Audit.Check.JournalEntryCount";
    public const string JournalLineCount = "Audit.Check.JournalLineCount";
    public const string JournalEntryUnrecorded = "Audit.Check.JournalEntryUnrecorded";
    public const string JournalLineUnrecorded = "Audit.Check.JournalLineUnrecorded";
    public const string JournalEntryDiffers = "Audit.Check.JournalEntryDiffers";
    public const string JournalLineDiffers = "Audit.Check.JournalLineDiffers";
    public const string JournalEntryDeleted = "Audit.Check.JournalEntryDeleted";
    public const string JournalLineDeleted = "Audit.Check.JournalLineDeleted";

    public static IReadOnlyList<string> Keys { get; } =
    [
        Empty, NotGenesis, Gap, Link, Hash, AnchorMissing, AnchorDiffers, JournalEntryCount, JournalLineCount,
        JournalEntryUnrecorded, JournalLineUnrecorded, JournalEntryDiffers, JournalLineDiffers, JournalEntryDeleted, JournalLineDeleted,
    ];

    internal static AuditDiscrepancy Of(string key, long? sequence, params object?[] args) =>
        new(key, args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToList(), sequence);
}
