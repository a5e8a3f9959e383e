using Grants.Domain.Assessment;

namespace Grants.Domain.Settlement;

/// <summary>
/// A notice a settlement issued to a community, stored as a PDF in the file store. One per (quarter, community, kind,
/// round): the documents job checks before it renders and the database refuses a second. A later round's notice
/// names the one it replaces. Its number (<see cref="Year"/>, <see cref="Sequence"/>) is unique in the county: a
/// document number names one document only.
/// </summary>
public sealed class IssuedNotice
{
    private IssuedNotice() { }

    public IssuedNotice(QuarterSettlement settlement, SettlementLine line, NoticeKind kind, int sequence, string number, string sha256, string fileName, DateTimeOffset at, int? replacesId)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        ArgumentNullException.ThrowIfNull(line);
        SettlementId = settlement.Id;
        Quarter = settlement.Quarter;
        Round = settlement.Round;
        CommunityId = line.CommunityId;
        TownshipId = line.TownshipId;
        Kind = kind;
        Year = settlement.Quarter.Year;
        Sequence = sequence > 0 ? sequence : throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "A notice number starts at 1.");
        Number = Text.Require(number, "Notice.Number", 40);
        Sha256 = Text.Require(sha256, "Notice.Sha256", 64);
        FileName = Text.Require(fileName, "Notice.FileName", 200);
        IssuedAt = at;
        ReplacesId = replacesId;
    }

    public int Id { get; private set; }

    public int SettlementId { get; private set; }

    public Quarter Quarter { get; private set; }

    public int Round { get; private set; }

    public int CommunityId { get; private set; }

    public int TownshipId { get; private set; }

    public NoticeKind Kind { get; private set; }

    /// <summary>The year of the number (〔2026〕): the quarter's year.</summary>
    public int Year { get; private set; }

    /// <summary>The number within the year (3012 in 示财〔2026〕3012号).</summary>
    public int Sequence { get; private set; }

    /// <summary>The document number as printed, e.g. 示财〔2026〕3012号.</summary>
    public string Number { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    public int? ReplacesId { get; private set; }
}

/// <summary>A settlement's county-wide file (summary PDF, workbook, payment list), one per name and round.</summary>
public sealed class SettlementFile
{
    private SettlementFile() { }

    public SettlementFile(QuarterSettlement settlement, string name, string sha256, long size, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        SettlementId = settlement.Id;
        Round = settlement.Round;
        Name = Text.Require(name, "SettlementFile.Name", 200);
        Sha256 = Text.Require(sha256, "SettlementFile.Sha256", 64);
        Size = size;
        CreatedAt = at;
    }

    public int Id { get; private set; }

    public int SettlementId { get; private set; }

    public int Round { get; private set; }

    public string Name { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public long Size { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
