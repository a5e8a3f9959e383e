using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Grants.Reports.Workbooks;

/// <summary>The cell styles of the quarter's settlement workbooks: the summary (结账汇总表) and the payment list (支付清单).</summary>
internal sealed class SettlementStyles(Spreadsheet sheet)
{
    public const string YuanFormat = "#,##0.00";

    /// <summary>Scores, and amounts a bank's import tool reads (no thousands separator to trip over).</summary>
    public const string TwoDecimals = "0.00";

    private static readonly Border Thin = new()
    {
        Top = new EdgeBorder { BorderStyle = BorderStyle.Thin },
        Bottom = new EdgeBorder { BorderStyle = BorderStyle.Thin },
    };

    public StyleId Title { get; } = sheet.AddStyle(new Style
    {
        Font = { Bold = true, Size = 14 },
        Alignment = { Horizontal = HorizontalAlignment.Center },
    });

    public StyleId Header { get; } = sheet.AddStyle(new Style
    {
        Font = { Bold = true },
        Fill = { Color = System.Drawing.Color.FromArgb(0xD9, 0xE1, 0xF2) },
        Alignment = { Horizontal = HorizontalAlignment.Center },
        Border = Thin,
    });

    /// <summary>Kept as text even when a person edits the cell: account numbers, hashes.</summary>
    public StyleId Text { get; } = sheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text) });

    public StyleId Date { get; } = sheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });
    public StyleId Yuan { get; } = sheet.AddStyle(new Style { Format = NumberFormat.Custom(YuanFormat) });
    public StyleId PlainYuan { get; } = sheet.AddStyle(new Style { Format = NumberFormat.Custom(TwoDecimals) });
    public StyleId Score { get; } = sheet.AddStyle(new Style { Format = NumberFormat.Custom(TwoDecimals) });
    public StyleId Total { get; } = sheet.AddStyle(new Style { Font = { Bold = true }, Border = Thin });
    public StyleId TotalYuan { get; } = sheet.AddStyle(new Style { Font = { Bold = true }, Border = Thin, Format = NumberFormat.Custom(YuanFormat) });
}
