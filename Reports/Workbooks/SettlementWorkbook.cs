using Grants.Reports.Settlement;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Grants.Reports.Workbooks;

/// <summary>
/// The quarter's settlement summary (季度结账汇总表) as a workbook: the summary by grade, the townships, the awards,
/// the black cards and every community's scores, one sheet each. Every sheet has a title block, a frozen header row
/// and a totals row that adds up the lines printed above it. The model is checked in full before the first byte
/// is written: a bad model throws <see cref="ReportModelException"/> and leaves <c>output</c> untouched.
/// </summary>
public static partial class SettlementWorkbook
{
    public const string SummarySheet = "汇总";
    public const string TownshipSheet = "按乡镇";
    public const string AwardSheet = "奖励";
    public const string BlackCardSheet = "黑牌";
    public const string ScoreSheet = "得分";

    public const string TotalLabel = "合计";

    /// <summary>What the black-card sheet prints for a second card in a row (约谈); a first card is a public notice (通报).</summary>
    public const string InterviewMark = "约谈";
    public const string NoticeMark = "通报";

    /// <summary>What the award sheet prints beside a community whose good quarter takes down an earlier card.</summary>
    public const string CardRemovedMark = "摘牌";

    /// <summary>The header row on every sheet, below the title and the subtitle; the panes are frozen under it.</summary>
    public const int HeaderRow = 3;

    public static IReadOnlyList<string> SheetNames { get; } = [SummarySheet, TownshipSheet, AwardSheet, BlackCardSheet, ScoreSheet];

    public static async Task WriteAsync(SettlementReport report, Stream output, CancellationToken ct = default)
    {
        SettlementModelCheck.Check(report);
        ArgumentNullException.ThrowIfNull(output);

        // Rank order, with township and name breaking ties, so the same settlement always prints the same rows.
        var ranked = report.Results
            .OrderBy(r => r.Rank)
            .ThenBy(r => r.TownshipCode, StringComparer.Ordinal)
            .ThenBy(r => r.Community, StringComparer.Ordinal)
            .ToList();

        await using var sheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: ct).ConfigureAwait(false);
        var styles = new SettlementStyles(sheet);
        await WriteSummaryAsync(sheet, styles, report, ct).ConfigureAwait(false);
        await WriteTownshipsAsync(sheet, styles, report, ct).ConfigureAwait(false);
        await WriteAwardsAsync(sheet, styles, report, ranked, ct).ConfigureAwait(false);
        await WriteBlackCardsAsync(sheet, styles, report, ranked, ct).ConfigureAwait(false);
        await WriteScoresAsync(sheet, styles, report, ranked, ct).ConfigureAwait(false);
        await sheet.FinishAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Opens a sheet with its widths and frozen header, then writes the merged title, the subtitle and the header row.</summary>
    private static async Task StartSheetAsync(
        Spreadsheet sheet, SettlementStyles styles, string name, string title, string subtitle,
        string[] headers, double[] widths, CancellationToken ct)
    {
        var options = new WorksheetOptions { FrozenRows = HeaderRow };
        for (var i = 0; i < widths.Length; i++)
        {
            options.Column(i + 1).Width = widths[i];
        }

        await sheet.StartWorksheetAsync(name, options, ct).ConfigureAwait(false);
        var last = Column(headers.Length);
        await sheet.AddRowAsync([new Cell(title, styles.Title)], ct).ConfigureAwait(false);
        sheet.MergeCells($"A1:{last}1");
        await sheet.AddRowAsync([new Cell(subtitle)], ct).ConfigureAwait(false);
        sheet.MergeCells($"A2:{last}2");
        await sheet.AddHeaderRowAsync(headers, styles.Header, ct).ConfigureAwait(false);
    }

    private static string Title(SettlementReport report, string what) => $"{report.County}{report.QuarterName}以奖代补考核{what}";

    private static string Subtitle(SettlementReport report) =>
        $"考核季度：{report.QuarterName}（{report.QuarterCode}）　结账日期：{ChineseDate(report.SettledOn)}　金额单位：元";

    private static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>
    /// A totals cell: the formula over the lines above (so an edited sheet still adds up) with the value computed
    /// here cached in it (so readers that do not calculate see the exact figure). No lines, no formula.
    /// </summary>
    private static Cell Total(Spreadsheet sheet, int column, decimal value, StyleId style, string function = "SUM", string? criteria = null)
    {
        var first = HeaderRow + 1;
        var last = sheet.NextRowNumber - 1;
        if (last < first)
        {
            return new Cell(value, style);
        }

        var range = $"{Column(column)}{first}:{Column(column)}{last}";
        return new Cell(new Formula(criteria is null ? $"{function}({range})" : $"{function}({range},{criteria})"), value, style);
    }

    /// <summary>A blank cell in the totals row, so the row's border runs across the table.</summary>
    private static Cell Blank(SettlementStyles styles) => new("", styles.Total);

    /// <summary>The column letters of a 1-based column number: 1 → A, 27 → AA.</summary>
    internal static string Column(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            letters = (char)('A' + ((number - 1) % 26)) + letters;
        }

        return letters;
    }
}
