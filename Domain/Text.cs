namespace Grants.Domain;

internal static class Text
{
    /// <summary>A required, trimmed text of at most <paramref name="maxLength"/> characters; <paramref name="field"/> names it in the message.</summary>
    /// <param name="property">The form field to put the message under, when the caller knows it.</param>
    public static string Require(string? value, string field, int maxLength, string? property = null)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException("Rule.NameRequired", field) { Field = property };
        }

        return trimmed.Length <= maxLength ? trimmed : throw new DomainRuleException("Rule.NameTooLong", field, maxLength) { Field = property };
    }
}
