using System.Globalization;

namespace Grants.Reports.Notices;

/// <summary>
/// An interview (约谈) after black cards in consecutive quarters: who is summoned, when (China time), where, and the
/// quarters that led to it.
/// </summary>
public sealed record InterviewNoticeModel(
    NoticeHeader Header,
    string Township,
    string Community,
    IReadOnlyList<string> CardQuarters,
    DateTime At,
    string Place,
    IReadOnlyList<string> Attendees);

/// <summary>约谈通知: summons a community's leaders after two or more consecutive black cards.</summary>
public sealed class InterviewNotice(InterviewNoticeModel model)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public string Title => $"{model.Header.Issuer.Name}关于约谈{model.Township}{model.Community}主要负责人的通知";

    public byte[] Render()
    {
        Check();
        var when = $"{ChineseText.Date(DateOnly.FromDateTime(model.At))}（{Chinese.DateTimeFormat.GetDayName(model.At.DayOfWeek)}）"
            + $"{(model.At.Hour < 12 ? "上午" : "下午")}{model.At.ToString("H:mm", CultureInfo.InvariantCulture)}";
        return new OfficialDocument(model.Header, Title)
            .Addressee($"{model.Township}人民政府，{ChineseText.Committee(model.Community)}")
            .Text($"{model.Community}在{string.Join("、", model.CardQuarters)}共同缔造考核中连续{model.CardQuarters.Count}个季度评定为“一般村”并被挂黑牌通报。"
                + $"根据{model.Header.Issuer.Regulation}，决定对{model.Community}主要负责人进行约谈。现将有关事项通知如下：")
            .Heading1("一、约谈时间")
            .Text($"{when}。")
            .Heading1("二、约谈地点")
            .Text($"{model.Place}。")
            .Heading1("三、参加人员")
            .Text($"{string.Join("；", model.Attendees)}。")
            .Heading1("四、有关要求")
            .Text("请被约谈单位如实准备问题原因分析和整改措施书面材料，约谈时提交。无故缺席的，报县共同缔造工作领导小组予以通报。")
            .Text("特此通知。", keepWithNext: true)
            .Render();
    }

    private void Check()
    {
        ModelCheck.Text(model.Township, "Township");
        ModelCheck.Text(model.Community, "Community");
        ModelCheck.Text(model.Place, "Place", 60);
        ModelCheck.NotEmpty(model.Attendees, "Attendees");
        if (ModelCheck.NotEmpty(model.CardQuarters, "Black-card quarters").Count < 2)
        {
            throw new ReportModelException($"{model.Township} / {model.Community} has {model.CardQuarters.Count} black card: an interview follows two in a row.");
        }

        foreach (var attendee in model.Attendees)
        {
            ModelCheck.Text(attendee, "Attendee", 60);
        }
    }
}
