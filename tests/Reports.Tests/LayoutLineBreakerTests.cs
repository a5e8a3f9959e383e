using Grants.Reports.Layout;

namespace Grants.Reports.Tests;

/// <summary>Lines fit their width; Chinese breaks between characters, Latin at spaces, and punctuation keeps its place.</summary>
public sealed class LayoutLineBreakerTests
{
    // A monospace stand-in: every character is one unit wide, so the expected lines can be written by hand.
    private static double Width(string s) => s.Length;

    [Fact]
    public void Chinese_breaks_between_characters_and_every_line_fits()
    {
        var lines = LineBreaker.Break("城关镇东岳花园小区人居环境整治项目", 5, Width);

        Assert.Equal(["城关镇东岳", "花园小区人", "居环境整治", "项目"], lines);
        Assert.All(lines, l => Assert.True(l.Length <= 5));
    }

    [Fact]
    public void Latin_words_and_numbers_break_only_at_spaces()
    {
        var lines = LineBreaker.Break("Paid 12,345.67 to Hongda Construction", 15, Width);

        Assert.Equal(["Paid 12,345.67", "to Hongda", "Construction"], lines);
    }

    [Fact]
    public void A_closing_mark_never_starts_a_line_it_takes_the_character_before_it_along()
    {
        var lines = LineBreaker.Break("一二三四五，六七", 5, Width);

        Assert.Equal(["一二三四", "五，六七"], lines);
        Assert.DoesNotContain(lines, l => l.StartsWith('，'));
    }

    [Fact]
    public void An_opening_mark_never_ends_a_line()
    {
        var lines = LineBreaker.Break("一二三四《五六》", 5, Width);

        Assert.Equal(["一二三四", "《五六》"], lines);
    }

    [Fact]
    public void Mixed_text_keeps_amounts_whole_and_a_word_wider_than_the_line_is_cut()
    {
        Assert.Equal(["奖励资金", "¥50,000.00", "元"], LineBreaker.Break("奖励资金¥50,000.00元", 10, Width));
        Assert.Equal(["abcd", "efgh", "ij"], LineBreaker.Break("abcdefghij", 4, Width));
        Assert.Equal(["to", "abcd", "efgh", "ij x"], LineBreaker.Break("to abcdefghij x", 4, Width));
    }

    [Fact]
    public void Line_breaks_in_the_text_start_new_lines_and_a_zero_width_is_refused()
    {
        Assert.Equal(["第一段", "第二段"], LineBreaker.Break("第一段\n第二段", 10, Width));
        Assert.Equal(["ab cd"], LineBreaker.Break("ab cd      ", 5, Width));
        Assert.Throws<ArgumentOutOfRangeException>(() => LineBreaker.Break("x", 0, Width));
    }
}
