using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Reports.Settlement;

namespace Grants.Reports.Notices;

/// <summary>
/// A rewarded community's quarter, as the award notice states it: composite score and rank among <paramref name="Ranked"/>
/// communities, the grade (先进 or 成效), the points per criterion, and the award paid from <paramref name="PoolName"/>.
/// </summary>
public sealed record AwardNoticeModel(
    NoticeHeader Header,
    string Township,
    string Community,
    string QuarterName,
    decimal Composite,
    int Rank,
    int Ranked,
    Grade Grade,
    Money Award,
    IReadOnlyList<CriterionScore> Scores,
    decimal ResidentsScore,
    string PoolName,
    DateOnly PlanDueBy);

/// <summary>奖励通知: tells a township that one of its communities earned the quarter's award, and what it may be spent on.</summary>
public sealed class AwardNotice(AwardNoticeModel model)
{
    public string Title => $"{model.Header.Issuer.Name}关于下达{model.QuarterName}{model.Community}共同缔造以奖代补奖励资金的通知";

    public byte[] Render()
    {
        Check();
        var grade = GradeText.Of(model.Grade);
        return new OfficialDocument(model.Header, Title)
            .Addressee($"{model.Township}人民政府")
            .Text($"根据{model.Header.Issuer.Regulation}和{model.QuarterName}考核结果，你{Kind()}{model.Community}考核综合得分{ChineseText.Points(model.Composite)}分，"
                + $"在全县{model.Ranked}个试点村（社区）中排名第{model.Rank}位，评定为“{grade}村”。现将奖励资金下达给你们，有关事项通知如下：")
            .Heading1("一、奖励金额")
            .Text($"按照{grade}村奖励标准，核定{model.Community}奖励资金{ChineseText.Yuan(model.Award)}（大写：{ChineseText.Uppercase(model.Award)}），"
                + $"从{model.PoolName}列支，由县财政局直接支付至{ChineseText.Committee(model.Community)}账户。")
            .Heading1("二、考核得分")
            .Text($"{string.Join("，", model.Scores)}；群众评价{ChineseText.Points(model.ResidentsScore)}分。")
            .Heading1("三、资金使用")
            .Text("奖励资金用于本村（社区）共同缔造以奖代补项目，专款专用，不得用于发放津贴补贴、偿还债务和弥补日常运转经费。"
                + $"请于{ChineseText.Date(model.PlanDueBy)}前将资金使用计划报县财政局备案，资金使用情况纳入下一季度考核。")
            .Text("特此通知。", keepWithNext: true)
            .Render();
    }

    private string Kind() => model.Township.EndsWith('乡') ? "乡" : "镇";

    private void Check()
    {
        ModelCheck.Text(model.Township, "Township");
        ModelCheck.Text(model.Community, "Community");
        ModelCheck.Text(model.QuarterName, "Quarter", 20);
        ModelCheck.Text(model.PoolName, "Award pool", 40);
        ModelCheck.NotEmpty(model.Scores, "Scores");
        if (model.Grade == Grade.Ordinary || !model.Award.IsPositive)
        {
            throw new ReportModelException($"Award of {model.Township} / {model.Community} is {model.Award} for grade {model.Grade}: an award notice needs a rewarded grade and a positive amount.");
        }

        NoticeChecks.Scores(model.Scores, model.Composite, model.Rank, model.Ranked, $"{model.Township} / {model.Community}");
    }
}
