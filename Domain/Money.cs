using System.Globalization;

namespace Grants.Domain;

/// <summary>
/// An exact amount of CNY, held as whole fen (分). Arithmetic is checked: an overflow throws rather than wraps.
/// The one rounding policy is in <see cref="FromYuan(decimal)"/> (refuse more than two decimals — money that
/// arrives is never rounded) and <see cref="Round(decimal)"/> (half away from zero, for computed shares such as
/// percentages); <see cref="Allocate(IReadOnlyList{long})"/> splits without losing a fen.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private const decimal MaxYuan = long.MaxValue / 100m;
    private const decimal MinYuan = long.MinValue / 100m;
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private Money(long fen) => Fen = fen;

    public static Money Zero { get; }

    public long Fen { get; }

    public decimal Yuan => Fen / 100m;

    public bool IsZero => Fen == 0;

    public bool IsNegative => Fen < 0;

    public bool IsPositive => Fen > 0;

    public static Money FromFen(long fen) => new(fen);

    /// <summary>An amount as entered or received: at most two decimals, or it is refused.</summary>
    public static Money FromYuan(decimal yuan)
    {
        // Checked before multiplying: yuan × 100 overflows decimal itself near decimal.MaxValue.
        if (yuan is > MaxYuan or < MinYuan)
        {
            throw new DomainRuleException("Rule.MoneyTooLarge");
        }

        var fen = yuan * 100m;
        return fen == decimal.Truncate(fen)
            ? new Money((long)fen)
            : throw new DomainRuleException("Rule.MoneyMoreThanTwoDecimals", yuan.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A computed amount (a share, a percentage) rounded to the fen, half away from zero.</summary>
    public static Money Round(decimal yuan) => FromYuan(Math.Round(yuan, 2, MidpointRounding.AwayFromZero));

    /// <summary>Parses what a clerk types: "12345.6", "12,345.60", "¥12,345.60". Null when it is not an amount.</summary>
    public static Money? TryParse(string? text)
    {
        var cleaned = text?.Trim().TrimStart('¥', '￥').TrimStart().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var yuan)
            || yuan is > MaxYuan or < MinYuan)
        {
            return null;
        }

        var fen = yuan * 100m;
        return fen == decimal.Truncate(fen) ? new Money((long)fen) : null;
    }

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));

    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));

    public static Money operator -(Money a) => new(checked(-a.Fen));

    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;

    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;

    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;

    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Negate() => -this;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>A percentage of this amount, rounded to the fen by the one rounding policy.</summary>
    public Money Percent(decimal percent) => Round(Yuan * percent / 100m);

    /// <summary>
    /// Splits this amount in proportion to <paramref name="weights"/> so that the parts add up exactly.
    /// Each part is first rounded down; the fen left over go one each to the parts with the largest remainders,
    /// earlier parts first on a tie — so the same split always gives the same result.
    /// </summary>
    public IReadOnlyList<Money> Allocate(IReadOnlyList<long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0 || weights.Any(w => w < 0) || weights.All(w => w == 0))
        {
            throw new ArgumentException("Weights must be non-negative and not all zero.", nameof(weights));
        }

        // Integer arithmetic in Int128: amount × weight cannot overflow it, and remainders over one total compare exactly.
        var total = weights.Aggregate(Int128.Zero, (sum, w) => sum + w);
        var negative = Fen < 0;
        var amount = Int128.Abs(Fen);
        var parts = new Int128[weights.Count];
        var remainders = new Int128[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            (parts[i], remainders[i]) = Int128.DivRem(amount * weights[i], total);
        }

        var left = amount - parts.Aggregate(Int128.Zero, (sum, p) => sum + p);
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)left))
        {
            parts[i]++;
        }

        return parts.Select(p => new Money(checked((long)(negative ? -p : p)))).ToList();
    }

    /// <summary>Splits into <paramref name="parts"/> equal parts; the first parts take the leftover fen.</summary>
    public IReadOnlyList<Money> Split(int parts) =>
        parts < 1 ? throw new ArgumentOutOfRangeException(nameof(parts)) : Allocate(Enumerable.Repeat(1L, parts).ToList());

    /// <summary>¥1,234,567.89 — the form every page and document prints.</summary>
    public override string ToString() => Yuan.ToString("¥#,##0.00;-¥#,##0.00", Chinese);

    /// <summary>In 万元 with four decimals (to the yuan), as officials expect in summaries: 123.4568.</summary>
    public string ToWanYuan() => (Yuan / 10_000m).ToString("#,##0.0000;-#,##0.0000", Chinese);
}

public static class MoneyTotals
{
    /// <summary>The exact sum of amounts (no rounding: each amount is already whole fen).</summary>
    public static Money Total(this IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero, (total, m) => total + m);

    public static Money Total<T>(this IEnumerable<T> items, Func<T, Money> amount) =>
        items.Aggregate(Money.Zero, (total, item) => total + amount(item));
}
