using Grants.Reports.Fonts;
using Grants.Reports.Layout;
using PdfSharp.Drawing;

namespace Grants.Reports.Notices;

/// <summary>
/// The GB/T 9704-2012 frame every notice is printed in: the red head (issuing body's mark, the document number, the red
/// rule), the title, the addressee, body paragraphs on the 22 × 28 grid, the signature with date and seal, and the
/// colophon (版记) at the foot of the last page; "— n —" page numbers. Free faces stand in for the standard's
/// typefaces (see <see cref="CjkFontResolver"/>).
/// </summary>
public sealed class OfficialDocument(NoticeHeader header, string title)
{
    private static readonly PageSetup Page = PageSetup.GbT9704;

    /// <summary>3号 body: 28 characters fill the 156 mm line, 22 lines the 225 mm type area.</summary>
    public static readonly TextStyle Body = new(CjkFontResolver.Songti, Page.ContentWidth / 28, Leading: Page.ContentHeight / 22);

    public static readonly TextStyle Heading = Body with { Family = CjkFontResolver.Heiti };

    private static readonly XColor Red = XColor.FromArgb(230, 0, 18);
    private static readonly TextStyle TitleStyle = new(CjkFontResolver.Songti, 22, Bold: true, Leading: 34);
    private static readonly TextStyle Small = new(CjkFontResolver.Songti, 14, Leading: 26);

    private readonly List<Block> blocks = [];

    public OfficialDocument Addressee(string addressee)
    {
        blocks.Add(new Paragraph(addressee + "：", Body));
        return this;
    }

    /// <summary>A body paragraph: indented two characters, both edges flush.</summary>
    public OfficialDocument Text(string text, bool keepWithNext = false)
    {
        blocks.Add(new Paragraph(text, Body) { IndentChars = 2, Align = Align.Justify, KeepWithNext = keepWithNext });
        return this;
    }

    /// <summary>A first-level heading "一、…" in 黑体, kept with the paragraph after it.</summary>
    public OfficialDocument Heading1(string text)
    {
        blocks.Add(new Paragraph(text, Heading) { IndentChars = 2, KeepWithNext = true });
        return this;
    }

    public byte[] Render()
    {
        header.Check();
        ModelCheck.Text(title, "Title", 80);
        var document = new FlowDocument(Page) { Title = title, Author = header.Issuer.Name, Decoration = PageNumbers.Dashed };
        return document.Render([.. Head(), .. blocks, Replacement(), new SignatureBlock(header, Body), Colophon()]);
    }

    private IEnumerable<Block> Head()
    {
        // The mark's top sits 35 mm below the top of the type area; it is as large as fits, at most 44 pt.
        var markSize = Math.Min(44, Page.ContentWidth * 0.85 / header.Issuer.Mark.Length);
        yield return new Spacer(PageSetup.Mm(35));
        yield return new Paragraph(header.Issuer.Mark, new TextStyle(CjkFontResolver.Songti, markSize, Bold: true, Leading: markSize * 1.2, Color: Red))
        {
            Align = Align.Center,
            SpaceAfter = Body.LineHeight * 2,
        };
        yield return new Paragraph(header.Number, Body) { Align = Align.Center };
        yield return new HorizontalRule(Red, 1.5, spaceAbove: PageSetup.Mm(4), spaceBelow: Body.LineHeight * 2);
        yield return new Paragraph(title, TitleStyle) { Align = Align.Center, SpaceAfter = Body.LineHeight };
    }

    private Block Replacement() => header.Replaces is { } earlier
        ? new Paragraph($"本文件替代{earlier}，原文件同时作废。", Body) { IndentChars = 2, SpaceBefore = 0 }
        : new Spacer(0);

    /// <summary>版记: copies and the printing office between rules, kept together at the foot of the last page.</summary>
    private AtFoot Colophon()
    {
        var printed = new SplitLine(header.Issuer.Office, $"{ChineseText.Date(header.IssuedOn)}印发", Small) { InsetChars = 1 };
        return header.CopyTo.Count == 0
            ? new AtFoot(new HorizontalRule(XColors.Black, 1), printed, new HorizontalRule(XColors.Black, 1))
            : new AtFoot(
                new HorizontalRule(XColors.Black, 1),
                new Paragraph($"抄送：{string.Join("，", header.CopyTo)}。", Small) { IndentChars = 1, RightInsetChars = 1 },
                new HorizontalRule(XColors.Black, 0.5),
                printed,
                new HorizontalRule(XColors.Black, 1));
    }
}
