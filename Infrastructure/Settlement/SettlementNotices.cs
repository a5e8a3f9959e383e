using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Reports.Notices;

namespace Grants.Infrastructure.Settlement;

/// <summary>Turns a settlement line into the notice the Reports layer prints, numbered and dated as the settlement fixed it.</summary>
internal sealed class SettlementNotices(SettlementFacts facts, DocumentSettings documents, DateOnly issuedOn)
{
    private readonly Quarter quarter = facts.Settlement.Quarter;

    public byte[] Render(SettlementLine line, NoticeKind kind, int sequence, string? replaces)
    {
        var header = new NoticeHeader(documents.Issuer, quarter.Year, sequence, issuedOn, documents.CopyTo,
            documents.PublicUrl is { } url ? $"{url}/public/notices/{quarter}-{sequence}" : null, replaces);
        var township = facts.TownshipOf(line);
        var community = facts.CommunityOf(line);
        return kind switch
        {
            NoticeKind.Award => new AwardNotice(new AwardNoticeModel(
                header, township, community, quarter.ChineseName, line.Composite, line.Rank, facts.Ranked, line.Grade, line.Award,
                facts.Scores(line), line.ResidentsScore, $"{quarter.Year}年度以奖代补奖励资金", issuedOn.AddDays(30))).Render(),
            NoticeKind.BlackCard => new BlackCardNotice(new BlackCardNoticeModel(
                header, township, community, quarter.ChineseName, line.Composite, line.Rank, facts.Ranked, facts.Scores(line),
                line.ResidentsScore, line.BlackCardsInARow, issuedOn.AddDays(45))).Render(),
            NoticeKind.Interview => new InterviewNotice(new InterviewNoticeModel(
                header, township, community, CardQuarters(line.BlackCardsInARow), InterviewAt(), documents.InterviewPlace,
                [$"{township}分管负责同志", $"{community}党组织书记、{(community.EndsWith('村') ? "村民委员会" : "居民委员会")}主任", $"{community}报账员"])).Render(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a notice."),
        };
    }

    /// <summary>The quarters of the card run, oldest first: "2026年第二季度、2026年第三季度".</summary>
    private List<string> CardQuarters(int cards)
    {
        var quarters = new List<string>();
        var q = quarter;
        for (var i = 0; i < cards; i++, q = q.Previous)
        {
            quarters.Insert(0, q.ChineseName);
        }

        return quarters;
    }

    /// <summary>A week after issue, at 9:30, moved off the weekend.</summary>
    private DateTime InterviewAt()
    {
        var day = issuedOn.AddDays(7);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day.ToDateTime(new TimeOnly(9, 30));
    }

    public static string FileName(NoticeKind kind, string township, string community, int sequence) =>
        $"{sequence:D4}-{kind switch { NoticeKind.Award => "奖励通知", NoticeKind.BlackCard => "挂黑牌通报", _ => "约谈通知" }}-{township}{community}.pdf";
}
