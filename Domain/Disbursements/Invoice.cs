namespace Grants.Domain.Disbursements;

/// <summary>
/// A 发票 claimed by a request. Its code and number are unique in the whole county (a unique index, not only a
/// check): the same invoice can never be claimed twice, and the clash names the earlier request.
/// </summary>
public sealed class Invoice
{
    private Invoice() { }

    internal Invoice(int requestId, string code, string number, Money amount, DateOnly issuedOn, string issuer, string fileSha256, string fileName)
    {
        RequestId = requestId;
        Code = Digits(code, "Invoice.Code", 20);
        Number = Digits(number, "Invoice.Number", 20);
        Amount = amount.IsPositive ? amount : throw new DomainRuleException("Rule.AmountMustBePositive") { Field = "InvoiceAmount" };
        IssuedOn = issuedOn;
        Issuer = Text.Require(issuer, "Invoice.Issuer", 100);
        File = new EvidenceFileRef(fileSha256, fileName);
    }

    public int Id { get; private set; }

    public int RequestId { get; private set; }

    /// <summary>发票代码 (empty for fully digital invoices, which have only a 20-digit number).</summary>
    public string Code { get; private set; } = "";

    /// <summary>发票号码.</summary>
    public string Number { get; private set; } = "";

    public Money Amount { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string Issuer { get; private set; } = "";

    public EvidenceFileRef File { get; private set; } = null!;

    /// <summary>Invoice codes and numbers are digits; spaces typed between groups are dropped.</summary>
    private static string Digits(string? value, string field, int maxLength)
    {
        var digits = (value ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (field == "Invoice.Code" && digits.Length == 0)
        {
            return "";
        }

        return digits.Length is > 0 && digits.Length <= maxLength && digits.All(char.IsAsciiDigit)
            ? digits
            : throw new DomainRuleException("Rule.InvoiceDigits", field, maxLength) { Field = field == "Invoice.Code" ? "InvoiceCode" : "InvoiceNumber" };
    }
}

/// <summary>A file in the store, by its SHA-256, with the name it was uploaded under (metadata only).</summary>
public sealed record EvidenceFileRef
{
    public EvidenceFileRef(string sha256, string fileName)
    {
        Sha256 = sha256 is { Length: 64 } && sha256.All(char.IsAsciiHexDigit)
            ? sha256.ToLowerInvariant()
            : throw new ArgumentException("Expected a SHA-256 in hex.", nameof(sha256));
        FileName = Text.Require(fileName, "Evidence.FileName", 200);
    }

    public string Sha256 { get; private init; }

    public string FileName { get; private init; }
}
