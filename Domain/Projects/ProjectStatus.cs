namespace Grants.Domain.Projects;

/// <summary>The lifecycle of a co-creation project, in order.</summary>
public enum ProjectStatus
{
    Planning = 1,     // 谋划
    PublicNotice = 2, // 公示
    Approved = 3,     // 立项
    InProgress = 4,   // 实施
    Accepted = 5,     // 验收
    Settled = 6,      // 结算
    Archived = 7,     // 归档
}
