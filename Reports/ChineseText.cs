using System.Globalization;
using System.Text;
using Grants.Domain;

namespace Grants.Reports;

/// <summary>How official documents write numbers, dates and amounts.</summary>
public static class ChineseText
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] Places = ["", "拾", "佰", "仟"];
    private static readonly string[] Groups = ["", "万", "亿", "万亿"];

    /// <summary>GB/T 9704 dates use Arabic numerals without leading zeros: 2026年10月8日.</summary>
    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>Amounts in figures as finance writes them in text: 50,000.00元.</summary>
    public static string Yuan(Money amount) => amount.Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture) + "元";

    /// <summary>The body that holds a community's account and receives notices: 南岭村村民委员会, 东关社区居民委员会.</summary>
    public static string Committee(string community) => community.EndsWith('村') ? community + "村民委员会" : community + "居民委员会";

    public static string Points(decimal points) => points.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The amount in capitals (大写金额) as on a payment order: ¥20,000.50 → 贰万元零伍角, ¥50,000.00 → 伍万元整.
    /// Zeros inside the integer collapse to one 零; none is written before 元 or after a group's end.
    /// </summary>
    public static string Uppercase(Money amount)
    {
        if (amount.IsNegative)
        {
            throw new ReportModelException($"An amount in capitals cannot be negative ({amount}).");
        }

        var yuan = amount.Fen / 100;
        var (jiao, fen) = ((int)(amount.Fen / 10 % 10), (int)(amount.Fen % 10));
        var text = new StringBuilder();
        if (yuan > 0)
        {
            text.Append(Integer(yuan)).Append('元');
        }

        if (jiao == 0 && fen == 0)
        {
            return yuan == 0 ? "零元整" : text.Append('整').ToString();
        }

        if (jiao > 0)
        {
            text.Append(yuan > 0 && yuan % 10 == 0 ? "零" : "").Append(Digits[jiao]).Append('角');
        }
        else if (yuan > 0)
        {
            text.Append('零');
        }

        return fen > 0 ? text.Append(Digits[fen]).Append('分').ToString() : text.ToString();
    }

    private static string Integer(long value)
    {
        var groups = new List<int>();
        for (var v = value; v > 0; v /= 10_000)
        {
            groups.Add((int)(v % 10_000));
        }

        var text = new StringBuilder();
        var pendingZero = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            if (groups[g] == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }

            if (text.Length > 0 && (pendingZero || groups[g] < 1000))
            {
                text.Append('零');
            }

            text.Append(Group(groups[g])).Append(Groups[g]);
            pendingZero = false;
        }

        return text.ToString();
    }

    private static string Group(int value)
    {
        var text = new StringBuilder();
        var zero = false;
        for (var place = 3; place >= 0; place--)
        {
            var digit = value / (int)Math.Pow(10, place) % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }

            text.Append(zero ? "零" : "").Append(Digits[digit]).Append(Places[place]);
            zero = false;
        }

        return text.ToString();
    }
}
