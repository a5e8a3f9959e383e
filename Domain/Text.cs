namespace Grants.Domain;

internal static class Text
{
    /// <summary>A required, trimmed text of at most <paramref name="maxLength"/> characters; <paramref name="field"/> names it in the message.</summary>
    public static string Require(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException("Rule.NameRequired", field);
        }

        return trimmed.Length <= maxLength ? trimmed : throw new DomainRuleException("Rule.NameTooLong", field, maxLength);
    }
}
