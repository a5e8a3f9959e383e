namespace Grants.Domain.Organisation;

internal static class OrgName
{
    public const int MaxLength = 60;

    public static string Require(string? name, string field) => Text.Require(name, field, MaxLength);
}
