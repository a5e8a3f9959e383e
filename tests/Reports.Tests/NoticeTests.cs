using Grants.Domain;
using Grants.Reports.Notices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Grants.Reports.Tests;

/// <summary>
/// The three notices re-opened with PdfPig: the red head, number, title, names, grade and amounts come back as written
/// (so no glyph is missing), fonts are embedded, pages carry "— n —", and bad models are refused before any byte.
/// </summary>
public sealed class NoticeTests
{
    [Fact]
    public void The_award_notice_reads_back_with_its_number_community_grade_amount_in_figures_and_capitals()
    {
        var text = Read(Save("award", new AwardNotice(NoticeSamples.Award()).Render()), out var pages);

        Assert.Contains("示范县财政局文件", text, StringComparison.Ordinal);
        Assert.Contains("示财〔2026〕31号", text, StringComparison.Ordinal);
        Assert.Contains("城关镇人民政府：", text, StringComparison.Ordinal);
        Assert.Contains("东关社区考核综合得分92.50分", text, StringComparison.Ordinal);
        Assert.Contains("评定为“先进村”", text, StringComparison.Ordinal);
        Assert.Contains("50,000.00元（大写：伍万元整）", text, StringComparison.Ordinal);
        Assert.Contains("人居环境23.50分（满分25分）", text, StringComparison.Ordinal);
        Assert.Contains("2026年10月15日", text, StringComparison.Ordinal);
        Assert.Contains("示范县财政局办公室2026年10月15日印发", text, StringComparison.Ordinal);
        Assert.Contains("—1—", text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, pages).Select(n => $"—{n}—"), PageNumbers(pages, text));
    }

    [Fact]
    public void The_black_card_notice_names_the_community_its_weakest_criteria_and_the_coming_interview()
    {
        var text = Read(Save("black-card", new BlackCardNotice(NoticeSamples.BlackCard()).Render()), out _);

        Assert.Contains("示财〔2026〕52号", text, StringComparison.Ordinal);
        Assert.Contains("南岭村考核综合得分59.00分", text, StringComparison.Ordinal);
        Assert.Contains("评定为“一般村”", text, StringComparison.Ordinal);
        Assert.Contains("资金规范、项目进度得分率最低", text, StringComparison.Ordinal);
        Assert.Contains("已连续2个季度被挂黑牌", text, StringComparison.Ordinal);
        Assert.Contains("特此通报。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_interview_notice_gives_the_day_of_the_week_and_time_in_china()
    {
        var text = Read(Save("interview", new InterviewNotice(NoticeSamples.Interview()).Render()), out _);

        Assert.Contains("关于约谈河口镇南岭村主要负责人的通知", text, StringComparison.Ordinal);
        Assert.Contains("2026年10月22日（星期四）上午9:30。", text, StringComparison.Ordinal);
        Assert.Contains("2026年第二季度、2026年第三季度", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_font_in_a_notice_is_embedded()
    {
        using var document = PdfDocument.Open(new AwardNotice(NoticeSamples.Award()).Render());
        var descriptors = document.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(key => document.Structure.GetObject(key).Data)
            .OfType<DictionaryToken>()
            .Where(d => d.TryGet(NameToken.Type, out NameToken type) && type == NameToken.FontDescriptor)
            .ToList();

        Assert.True(descriptors.Count >= 2, $"{descriptors.Count} font descriptor(s)");
        Assert.All(descriptors, d => Assert.True(d.ContainsKey(NameToken.FontFile2), $"{d} has no embedded font file"));
    }

    [Fact]
    public void A_reissued_notice_says_which_notice_it_replaces()
    {
        var model = NoticeSamples.Award() with { Header = NoticeSamples.Header(64, replaces: "示财〔2026〕31号") };

        var text = Read(new AwardNotice(model).Render(), out _);

        Assert.Contains("示财〔2026〕64号", text, StringComparison.Ordinal);
        Assert.Contains("本文件替代示财〔2026〕31号，原文件同时作废。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_models_are_refused_naming_the_problem()
    {
        var award = NoticeSamples.Award();
        Assert.Contains("Community", Refused(() => new AwardNotice(award with { Community = new string('村', 2000) }).Render()), StringComparison.Ordinal);
        Assert.Contains("2000 characters", Refused(() => new AwardNotice(award with { Community = new string('村', 2000) }).Render()), StringComparison.Ordinal);
        Assert.Contains("Scores is empty", Refused(() => new AwardNotice(award with { Scores = [] }).Render()), StringComparison.Ordinal);
        Assert.Contains("东关社区", Refused(() => new AwardNotice(award with { Award = Money.FromYuan(-5m) }).Render()), StringComparison.Ordinal);
        Assert.Contains("人居环境", Refused(() => new AwardNotice(award with { Scores = [new("人居环境", 26m, 25)] }).Render()), StringComparison.Ordinal);
        Assert.Contains("Attendees is empty", Refused(() => new InterviewNotice(NoticeSamples.Interview() with { Attendees = [] }).Render()), StringComparison.Ordinal);
        Assert.Contains("two in a row", Refused(() => new InterviewNotice(NoticeSamples.Interview() with { CardQuarters = ["2026年第三季度"] }).Render()), StringComparison.Ordinal);
    }

    private static string Refused(Func<byte[]> render) => Assert.Throws<ReportModelException>(() => render()).Message;

    private static IEnumerable<string> PageNumbers(int pages, string text) =>
        Enumerable.Range(1, pages).Select(n => $"—{n}—").Where(n => text.Contains(n, StringComparison.Ordinal));

    internal static string Read(byte[] pdf, out int pages)
    {
        using var document = PdfDocument.Open(pdf);
        pages = document.NumberOfPages;
        return string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
    }

    internal static byte[] Save(string name, byte[] pdf)
    {
        // Kept beside the binaries for a person to render and look at (pdftoppm).
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "samples"));
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", $"notice-{name}.pdf"), pdf);
        return pdf;
    }
}
