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
        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
        {
            throw new DomainRuleException("Rule.MoneyMoreThanTwoDecimals", yuan.ToString(CultureInfo.InvariantCulture));
        }

        return fen is > long.MaxValue or < long.MinValue
            ? throw new DomainRuleException("Rule.MoneyTooLarge")
            : new Money((long)fen);
    }

    /// <summary>A computed amount (a share, a percentage) rounded to the fen, half away from zero.</summary>
    public static Money Round(decimal yuan) => FromYuan(Math.Round(yuan, 2, MidpointRounding.AwayFromZero));

    /// <summary>Parses what a clerk types: "12345.6", "12,345.60", "¥12,345.60". Null when it is not an amount.</summary>
    public static Money? TryParse(string? text)
    {
        var cleaned = text?.Trim().TrimStart('¥', '￥').Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var yuan))
        {
            return null;
        }

        var fen = yuan * 100m;
        return fen == decimal.Truncate(fen) && fen is <= long.MaxValue and >= long.MinValue ? new Money((long)fen) : null;
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

        var total = weights.Aggregate(0m, (sum, w) => sum + w);
        var sign = Fen < 0 ? -1 : 1;
        var amount = Math.Abs((decimal)Fen);
        var floors = new long[weights.Count];
        var remainders = new decimal[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = amount * weights[i] / total;
            floors[i] = (long)decimal.Floor(exact);
            remainders[i] = exact - floors[i];
        }

        var left = (long)amount - floors.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)left))
        {
            floors[i]++;
        }

        return floors.Select(f => new Money(sign * f)).ToList();
    }

    /// <summary>Splits into <paramref name="parts"/> equal parts; the first parts take the leftover fen.</summary>
    public IReadOnlyList<Money> Split(int parts) =>
        parts < 1 ? throw new ArgumentOutOfRangeException(nameof(parts)) : Allocate(Enumerable.Repeat(1L, parts).ToList());

    /// <summary>¥1,234,567.89 — the form every page and document prints.</summary>
    public override string ToString() => Yuan.ToString("¥#,##0.00;-¥#,##0.00", Chinese);

    /// <summary>In 万元 with four decimals (to the yuan), as officials expect in summaries: 123.4568.</summary>
    public string ToWanYuan() => (Yuan / 10_000m).ToString("#,##0.0000;-#,##0.0000", Chinese);
}
