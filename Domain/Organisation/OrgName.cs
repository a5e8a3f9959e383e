namespace Grants.Domain.Organisation;

internal static class OrgName
{
    public const int MaxLength = 60;

    public static string Require(string? name, string field)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException("Rule.NameRequired", field);
        }

        if (trimmed.Length > MaxLength)
        {
            throw new DomainRuleException("Rule.NameTooLong", field, MaxLength);
        }

        return trimmed;
    }
}
