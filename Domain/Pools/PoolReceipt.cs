using Grants.Domain.Ledger;

namespace Grants.Domain.Pools;

/// <summary>Money received into a pool: from which level, under which catalogue line (菜单), by which document (文号).</summary>
public sealed class PoolReceipt
{
    private PoolReceipt() { }

    internal PoolReceipt(FundingPool pool, FundingLevel level, string catalogueLine, string documentNumber, DateOnly receivedOn, Money amount)
    {
        Pool = pool;
        PoolId = pool.Id; // EF would set it only on save; a posting built before that must still name the pool's account.
        Level = Enum.IsDefined(level) ? level : throw new DomainRuleException("Rule.FundingLevelInvalid");
        CatalogueLine = Text.Require(catalogueLine, "Receipt.CatalogueLine", 100);
        DocumentNumber = Text.Require(documentNumber, "Receipt.DocumentNumber", 60);
        ReceivedOn = receivedOn;
        Amount = amount;
    }

    public int Id { get; private set; }

    public int PoolId { get; private set; }

    public FundingPool Pool { get; private set; } = null!;

    public FundingLevel Level { get; private set; }

    /// <summary>The 项目指导目录 item the money is earmarked for.</summary>
    public string CatalogueLine { get; private set; } = "";

    /// <summary>文号, e.g. 鄂财农发〔2026〕12号.</summary>
    public string DocumentNumber { get; private set; } = "";

    public DateOnly ReceivedOn { get; private set; }

    public Money Amount { get; private set; }

    /// <summary>SHA-256 of the attached document in the file store, when one was attached.</summary>
    public string? FileSha256 { get; private set; }

    /// <summary>The attached document's name as uploaded (cleaned by the file store); kept here, not with the content.</summary>
    public string? FileName { get; private set; }

    public void AttachFile(string sha256, string fileName)
    {
        FileSha256 = sha256 is { Length: 64 } && sha256.All(char.IsAsciiHexDigit)
            ? sha256.ToLowerInvariant()
            : throw new ArgumentException("Expected a SHA-256 in hex.", nameof(sha256));
        FileName = Text.Require(fileName, "Files.Attachment", 120);
    }
}
