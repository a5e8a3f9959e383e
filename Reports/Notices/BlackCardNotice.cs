using Grants.Reports.Settlement;

namespace Grants.Reports.Notices;

/// <summary>
/// An ordinary (一般) community's quarter, as the black-card notice states it. <paramref name="BlackCardsInARow"/>
/// counts this card; from two on, the notice announces the interview (约谈).
/// </summary>
public sealed record BlackCardNoticeModel(
    NoticeHeader Header,
    string Township,
    string Community,
    string QuarterName,
    decimal Composite,
    int Rank,
    int Ranked,
    IReadOnlyList<CriterionScore> Scores,
    decimal ResidentsScore,
    int BlackCardsInARow,
    DateOnly RectifyBy);

/// <summary>挂黑牌通报: names an ordinary community, its weakest criteria, what must be put right and by when.</summary>
public sealed class BlackCardNotice(BlackCardNoticeModel model)
{
    public string Title => $"{model.Header.Issuer.Name}关于{model.QuarterName}{model.Community}考核评定为“{GradeText.Of(Domain.Assessment.Grade.Ordinary)}村”予以挂黑牌的通报";

    public byte[] Render()
    {
        Check();
        var weakest = model.Scores.OrderBy(s => s.Points / s.MaxPoints).ThenBy(s => s.Name, StringComparer.Ordinal).Take(2);
        var document = new OfficialDocument(model.Header, Title)
            .Addressee($"{model.Township}人民政府")
            .Text($"根据{model.Header.Issuer.Regulation}和{model.QuarterName}考核结果，{model.Township}{model.Community}考核综合得分{ChineseText.Points(model.Composite)}分，"
                + $"在全县{model.Ranked}个试点村（社区）中排名第{model.Rank}位，评定为“一般村”，不予奖励，现予以挂黑牌通报。")
            .Heading1("一、主要问题")
            .Text($"{string.Join("，", model.Scores)}；群众评价{ChineseText.Points(model.ResidentsScore)}分。其中{string.Join("、", weakest.Select(s => s.Name))}得分率最低，是本季度失分的主要原因。")
            .Heading1("二、整改要求")
            .Text($"请{model.Township}督促{model.Community}对照考核细则逐项整改，于{ChineseText.Date(model.RectifyBy)}前将整改情况书面报县财政局。"
                + "下一季度考核评定为“成效村”及以上的，予以摘牌。");
        if (model.BlackCardsInARow >= 2)
        {
            document.Heading1("三、约谈提醒")
                .Text($"{model.Community}已连续{model.BlackCardsInARow}个季度被挂黑牌，县共同缔造工作领导小组办公室将另行通知约谈该村（社区）主要负责人。");
        }

        return document.Text("特此通报。", keepWithNext: true).Render();
    }

    private void Check()
    {
        ModelCheck.Text(model.Township, "Township");
        ModelCheck.Text(model.Community, "Community");
        ModelCheck.Text(model.QuarterName, "Quarter", 20);
        ModelCheck.NotEmpty(model.Scores, "Scores");
        if (model.BlackCardsInARow < 1)
        {
            throw new ReportModelException($"Black cards in a row of {model.Township} / {model.Community} is {model.BlackCardsInARow}; a black-card notice counts its own card.");
        }

        NoticeChecks.Scores(model.Scores, model.Composite, model.Rank, model.Ranked, $"{model.Township} / {model.Community}");
    }
}
