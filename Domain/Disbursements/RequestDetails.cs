namespace Grants.Domain.Disbursements;

/// <summary>
/// What the accountant types on a voucher (报账单). A draft may leave any of it empty; submission requires it all.
/// </summary>
public sealed record RequestDetails(
    Money Amount,
    CashSource? Source,
    string? PayeeName,
    string? PayeeBank,
    string? PayeeAccount,
    string? Purpose,
    string? Handler,
    string? Witness,
    PaymentMethod? Method)
{
    public static RequestDetails Empty { get; } = new(Money.Zero, null, null, null, null, null, null, null, null);
}
