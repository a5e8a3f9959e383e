using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Grants.Domain;
using Grants.Domain.Audit;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Grants.Infrastructure.Audit;

/// <summary>
/// How an entity's values are written into a record's Changes: compact JSON, one member per mapped property.
/// Money as yuan with two decimals, enums by name, times as UTC to the microsecond (what PostgreSQL keeps, so a value
/// read back from either engine writes the same text), secrets as "***". The verifier writes the journal's rows
/// through the same code and compares the text.
/// </summary>
internal static class AuditValues
{
    public const string Redacted = "***";

    // Chinese text stays readable in the database and on the page; the JSON is never embedded in HTML unencoded.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly HashSet<string> Secrets = new(StringComparer.Ordinal) { "PasswordHash", "SecurityStamp", "ConcurrencyStamp" };

    public static bool IsSecret(IProperty property) =>
        Secrets.Contains(property.Name)
        || property.Name.Contains("Token", StringComparison.Ordinal)
        || property.Name.Contains("Secret", StringComparison.Ordinal);

    /// <summary>{"Name":value,…} for every property (a record of Added or Deleted).</summary>
    public static string Object(IReadOnlyList<(IProperty Property, string Json)> values)
    {
        var text = new StringBuilder("{");
        foreach (var (property, json) in values)
        {
            AppendName(text, property.Name).Append(json).Append(',');
        }

        return Close(text);
    }

    /// <summary>{"Name":[before,after],…} for the properties whose text differs (a record of Modified); null when none does.</summary>
    public static string? Differences(IReadOnlyList<(IProperty Property, string Before, string After)> values)
    {
        var text = new StringBuilder("{");
        foreach (var (property, before, after) in values.Where(v => v.Before != v.After))
        {
            AppendName(text, property.Name).Append('[').Append(before).Append(',').Append(after).Append("],");
        }

        return text.Length == 1 ? null : Close(text);
    }

    /// <summary>One value as JSON text.</summary>
    public static string Json(IProperty property, object? value)
    {
        if (value is not null && IsSecret(property))
        {
            return Quote(Redacted);
        }

        return value switch
        {
            null => "null",
            string s => Quote(s),
            bool b => b ? "true" : "false",
            Money m => m.Yuan.ToString("0.00", CultureInfo.InvariantCulture),
            Enum e => Quote(e.ToString()),
            DateTimeOffset at => Quote(AuditHash.Format(at)),
            DateTime at => Quote(at.Kind == DateTimeKind.Utc ? AuditHash.Format(at) : Micro(at).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)),
            DateOnly day => Quote(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            TimeOnly time => Quote(time.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture)),
            int or long or short or byte or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            byte[] bytes => Quote(Convert.ToBase64String(bytes)),
            _ when property.GetTypeMapping().Converter is { } converter => Json(property, converter.ConvertToProvider(value)),
            IFormattable formattable => Quote(formattable.ToString(null, CultureInfo.InvariantCulture)),
            _ => Quote(value.ToString() ?? ""),
        };
    }

    /// <summary>The key as one string: the single key value, or the parts of a composite key joined by commas.</summary>
    public static string Key(IReadOnlyList<object?> parts) =>
        string.Join(",", parts.Select(p => p is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : p?.ToString() ?? ""));

    public static string Quote(string value) => string.Concat("\"", JsonEncodedText.Encode(value, Encoder).Value, "\"");

    private static DateTime Micro(DateTime at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerMicrosecond, at.Kind);

    private static StringBuilder AppendName(StringBuilder text, string name) => text.Append(Quote(name)).Append(':');

    private static string Close(StringBuilder text)
    {
        if (text.Length == 1)
        {
            return "{}";
        }

        text[^1] = '}';
        return text.ToString();
    }
}
