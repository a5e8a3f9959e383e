using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>What a pack's manifest says of each file (<see cref="ManifestFile.Kind"/>, <see cref="ManifestFile.Status"/>).</summary>
public static class EvidenceKinds
{
    public const string Ledger = "ledger";
    public const string Receipt = "receipt";
    public const string ApprovalTrail = "approval-trail";
    public const string Notice = "notice";
    public const string SettlementFile = "settlement-file";

    /// <summary>The bytes written are the stored bytes: their SHA-256 is the hash the store keeps them under.</summary>
    public const string Ok = "ok";

    /// <summary>The stored file no longer hashes to its name: written as found, flagged for the auditor.</summary>
    public const string Altered = "altered";

    /// <summary>The store has no file under the hash the record names: nothing written, listed so the gap shows.</summary>
    public const string Missing = "missing";
}

/// <summary>
/// One file of a pack: its path in the zip, size and SHA-256 of the exact bytes of the entry, what it is, where it came
/// from, and — for a stored file — the hash the store keeps it under. A missing file has no path, size or hash.
/// </summary>
public sealed record ManifestFile(string Path, string Kind, long Size, string Sha256, string Source, string? StoredSha256, string Status);

/// <summary>
/// The manifest of one evidence pack (证据包清单): what it covers, when and for whom it was made, and every file in it.
/// Written last, as manifest.csv and manifest.json, which list the same files; neither lists itself.
/// </summary>
public sealed record EvidenceManifest(
    string Pack,
    string Subject,
    IReadOnlyDictionary<string, string> Filter,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    int? TownshipScope,
    IReadOnlyList<ManifestFile> Files)
{
    public const string CsvName = "manifest.csv";
    public const string JsonName = "manifest.json";

    public static IReadOnlyList<string> CsvColumns { get; } = ["path", "kind", "size", "sha256", "source", "stored_sha256", "status"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Chinese names stay readable; the file is data for an auditor, never embedded in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static EvidenceManifest FromJson(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<EvidenceManifest>(json, Json) ?? throw new InvalidDataException("An empty manifest.");

    /// <summary>
    /// UTF-8 with a byte-order mark (so Excel reads the Chinese), "#" lines for the pack's header, then RFC 4180 rows.
    /// Every cell starts with text of ours (a folder, a kind, a hex hash, a source prefix), never with an uploaded name,
    /// so no cell can start a formula.
    /// </summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder();
        text.Append("# pack: ").Append(Pack).Append('\n');
        text.Append("# subject: ").Append(OneLine(Subject)).Append('\n');
        text.Append("# filter: ").Append(string.Join("; ", Filter.Select(f => $"{f.Key}={OneLine(f.Value)}"))).Append('\n');
        text.Append("# generated_at: ").Append(GeneratedAt.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("# generated_by: ").Append(OneLine(GeneratedBy)).Append('\n');
        text.Append("# township_scope: ").Append(TownshipScope?.ToString(CultureInfo.InvariantCulture) ?? "county").Append('\n');
        text.AppendJoin(',', CsvColumns).Append('\n');
        foreach (var f in Files)
        {
            string[] cells = [f.Path, f.Kind, f.Size.ToString(CultureInfo.InvariantCulture), f.Sha256, f.Source, f.StoredSha256 ?? "", f.Status];
            text.AppendJoin(',', cells.Select(Cell)).Append('\n');
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string OneLine(string value) => value.ReplaceLineEndings(" ");
}
