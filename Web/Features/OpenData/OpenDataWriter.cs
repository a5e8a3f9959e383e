using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Grants.Web.Features.OpenData;

/// <summary>
/// Writes the package — {"title", "issued", "publisher", "grants": [...]} — as it is read: each grant is serialised
/// into a buffer and the buffer goes out, asynchronously, every hundred grants, so a county of any size never sits
/// in memory. (JsonSerializer flushes its writer synchronously, which the server refuses on a response: hence the
/// buffer between them.) camelCase, nulls left out, Chinese written as itself (HTML-sensitive characters escaped).
/// </summary>
public static class OpenDataWriter
{
    public const string ContentType = "application/json; charset=utf-8";

    private const int FlushEvery = 100;

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <returns>The number of grants written.</returns>
    public static async Task<int> WriteAsync(Stream output, OpenGrantsQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var package = query.Package();
        var count = 0;
        var buffer = new ArrayBufferWriter<byte>();
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("title", package.Title);
        writer.WriteString("issued", package.Issued.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WritePropertyName("publisher");
        JsonSerializer.Serialize(writer, new { name = package.Publisher.Name, identifier = package.Publisher.Id }, Options);
        if (package.AccessUrl is { } url)
        {
            writer.WriteString("accessURL", url);
        }

        writer.WriteStartArray("grants");
        await foreach (var grant in query.GrantsAsync(ct))
        {
            JsonSerializer.Serialize(writer, grant, Options);
            if (++count % FlushEvery == 0)
            {
                await SendAsync(writer, buffer, output, ct);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await SendAsync(writer, buffer, output, ct);
        await output.FlushAsync(ct);
        return count;
    }

    private static async Task SendAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken ct)
    {
        await writer.FlushAsync(ct);
        await output.WriteAsync(buffer.WrittenMemory, ct);
        buffer.ResetWrittenCount();
    }
}
