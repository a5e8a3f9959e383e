using Grants.Domain.Organisation;

namespace Grants.Infrastructure.Seeding;

/// <summary>Made-up but plausible names for the demo county (湖北-style townships, villages and hamlets).</summary>
internal static class DemoNames
{
    public static readonly (string Name, bool Urban)[] Townships =
    [
        ("城关镇", true), ("河口镇", false), ("新街镇", false), ("白果镇", false), ("青山镇", false), ("柳林乡", false),
        ("双河镇", false), ("石桥镇", false), ("龙泉镇", false), ("桃花乡", false), ("马坪镇", false), ("长岭街道", true),
    ];

    public static readonly string[] Stems =
    [
        "东风", "红旗", "向阳", "新华", "胜利", "和平", "建设", "光明", "幸福", "团结", "民主", "前进", "友谊", "永安",
        "长春", "太平", "金桥", "银杏", "桂花", "荷塘", "杨柳", "枫林", "竹园", "梅岭", "松山", "石门", "凤凰", "龙潭",
        "沙河", "清泉", "黄土", "白沙", "青石", "大湾", "小河", "高桥", "柏树", "茶园", "果园", "稻香", "渔湾", "港口",
        "新湾", "老街", "北门", "南岸", "西湖", "东岳", "中和", "兴隆", "富民", "丰收", "五里", "十里", "三合", "四方",
        "九龙", "白鹤", "莲花", "玉泉", "洪山", "望江", "桥头", "堰塘", "柿子", "板桥",
    ];

    public static readonly string[] Surnames =
    [
        "张", "李", "王", "刘", "陈", "周", "吴", "何", "徐", "罗", "胡", "郑", "谢", "彭", "汪", "余", "熊", "程", "田", "雷",
    ];

    public static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八"];

    public static string CommunityName(string stem, CommunityCategory category) => category switch
    {
        CommunityCategory.UrbanCentre or CommunityCategory.UrbanFringe => stem + "社区",
        CommunityCategory.ResidentialCompound => stem + "花园小区",
        CommunityCategory.MarketTown => stem + "街集镇社区",
        CommunityCategory.FarmingVillage => stem + "村",
        _ => stem + "塆",
    };
}
