namespace Grants.Domain.Organisation;

/// <summary>乡镇/街道: the scope a township accountant works in.</summary>
public sealed class Township
{
    private Township() { }

    public Township(string code, string name)
    {
        Code = RequireCode(code);
        Name = OrgName.Require(name, "Township.Name");
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = OrgName.Require(name, "Township.Name");

    private static string RequireCode(string? code)
    {
        var trimmed = code?.Trim() ?? "";
        if (trimmed.Length is 0 or > 12 || !trimmed.All(char.IsAsciiLetterOrDigit))
        {
            throw new DomainRuleException("Rule.CodeInvalid", "Township.Code");
        }

        return trimmed;
    }
}
