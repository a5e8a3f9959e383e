using Grants.Domain.Users;

namespace Grants.Infrastructure.Seeding;

public sealed record DemoUser(string UserName, string DisplayName, string Role, int? TownshipNumber);

public static class DemoUsers
{
    /// <summary>
    /// Known to everyone who reads the README, so it exists only in a demo database. It is shorter than the
    /// 12 characters the password rules ask of real users; the seeder sets it without the validators.
    /// </summary>
    public const string Password = "Demo#2026";

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("admin", "系统管理员", Role.Administrator, null),
        new("clerk", "张敏（财政局经办）", Role.FinanceClerk, null),
        new("approver", "李建国（分管领导）", Role.FinanceApprover, null),
        new("assessor", "王芳（考核组）", Role.Assessor, null),
        new("auditor", "赵明（审计）", Role.Auditor, null),
        new("accountant1", "陈静（城关镇报账员）", Role.TownshipAccountant, 1),
        new("accountant2", "刘洋（河口镇报账员）", Role.TownshipAccountant, 2),
    ];
}
