using System.Globalization;

namespace Grants.Domain.Assessment;

/// <summary>
/// A calendar quarter (季度), the period every community is assessed and settled for: written "2026Q3", read
/// "2026年第三季度". Quarters compare in time order; <see cref="Next"/> and <see cref="Previous"/> cross years.
/// </summary>
public readonly record struct Quarter : IComparable<Quarter>
{
    public const int MinYear = 2000;
    public const int MaxYear = 2999;
    private static readonly string[] ChineseNumbers = ["一", "二", "三", "四"];

    public Quarter(int year, int number)
    {
        if (year is < MinYear or > MaxYear || number is < 1 or > 4)
        {
            throw new DomainRuleException("Rule.Assessment.QuarterInvalid", $"{year}Q{number}");
        }

        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 to 4.</summary>
    public int Number { get; }

    /// <summary>The first day: 1 January, 1 April, 1 July or 1 October.</summary>
    public DateOnly Start => new(Year, (Number * 3) - 2, 1);

    /// <summary>The last day: 31 March, 30 June, 30 September or 31 December.</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    /// <summary>"2026年第三季度", as notices and reports print it.</summary>
    public string ChineseName => $"{Year}年第{ChineseNumbers[Number - 1]}季度";

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public static Quarter Containing(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>Reads "2026Q3" (also "2026q3", surrounding spaces ignored); anything else is refused, naming the text.</summary>
    public static Quarter Parse(string? text) =>
        TryParse(text) ?? throw new DomainRuleException("Rule.Assessment.QuarterInvalid", text ?? "");

    public static Quarter? TryParse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length != 6 || char.ToUpperInvariant(trimmed[4]) != 'Q' || !trimmed[..4].All(char.IsAsciiDigit)
            || trimmed[5] is < '1' or > '4')
        {
            return null;
        }

        var year = int.Parse(trimmed[..4], CultureInfo.InvariantCulture);
        return year is < MinYear or > MaxYear ? null : new Quarter(year, trimmed[5] - '0');
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public int CompareTo(Quarter other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool operator <(Quarter a, Quarter b) => a.CompareTo(b) < 0;

    public static bool operator >(Quarter a, Quarter b) => a.CompareTo(b) > 0;

    public static bool operator <=(Quarter a, Quarter b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Quarter a, Quarter b) => a.CompareTo(b) >= 0;

    /// <summary>"2026Q3": the code URLs, the CLI and the snapshot use.</summary>
    public override string ToString() => $"{Year}Q{Number}";
}
