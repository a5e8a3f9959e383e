using System.Text.Json;

namespace Grants.Web.Features.Audit;

/// <summary>One property of a record's Changes, for display: a value, or a before → after pair.</summary>
public sealed record AuditChange(string Property, string? Before, string? After, bool IsChange);

/// <summary>Reads a record's Changes JSON into lines a person reads: strings unquoted, null as "—", [before, after] split.</summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditChange> Read(string? changes)
    {
        if (string.IsNullOrEmpty(changes))
        {
            return [];
        }

        using var json = JsonDocument.Parse(changes);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [new AuditChange("", null, changes, false)];
        }

        return json.RootElement.EnumerateObject().Select(p =>
            p.Value is { ValueKind: JsonValueKind.Array } pair && pair.GetArrayLength() == 2
                ? new AuditChange(p.Name, Text(pair[0]), Text(pair[1]), true)
                : new AuditChange(p.Name, null, Text(p.Value), false)).ToList();
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
