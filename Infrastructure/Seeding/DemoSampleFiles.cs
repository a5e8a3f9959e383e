using System.Globalization;
using System.Text;
using Grants.Domain.Disbursements;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Storage;

namespace Grants.Infrastructure.Seeding;

/// <summary>
/// The demo's receipt files: one small made-up document per kind of evidence — invoice scan, contract and acceptance
/// record as one-page PDFs, a site photo as a PNG. Every demo request attaches the same few, so the store keeps each
/// once under its hash; each file's StoredFiles row is recorded by whoever attaches it first.
/// </summary>
internal sealed class DemoSampleFiles(GrantsDbContext db, FileStore store)
{
    // A 24×16 picture of a road between fields under a blue sky.
    private const string PhotoPng =
        "iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAIAAACDRijCAAAANklEQVR42mNo3/eaKohh1CA6GhS1wA0/mgYD+JXRy6BpqGCgDZqGDQycQdNwg4EwaBohQEODAJAAiqusBu2LAAAAAElFTkSuQmCC";

    private readonly Dictionary<EvidenceKind, StoredBlob> saved = [];
    private readonly HashSet<string> recorded = new(StringComparer.Ordinal);

    public async Task SaveAsync(CancellationToken ct)
    {
        foreach (var (kind, content) in Contents())
        {
            await using var stream = new MemoryStream(content, writable: false);
            saved[kind] = await store.SaveAsync(stream, ct);
        }
    }

    /// <summary>The hash of the sample of this kind, its StoredFiles row recorded first (the evidence rows refer to it).</summary>
    public async Task<string> AttachAsync(EvidenceKind kind, DateTimeOffset at, string by, CancellationToken ct)
    {
        var blob = saved[kind];
        if (recorded.Add(blob.Sha256))
        {
            await db.RecordAsync(blob, at, by, ct);
        }

        return blob.Sha256;
    }

    private static IEnumerable<(EvidenceKind Kind, byte[] Content)> Contents()
    {
        yield return (EvidenceKind.Invoice, Pdf("Invoice scan (fapiao)", "Seller: demo construction company", "Amount and number as entered on the request"));
        yield return (EvidenceKind.Contract, Pdf("Works contract", "Party A: village committee", "Party B: demo construction company"));
        yield return (EvidenceKind.AcceptanceRecord, Pdf("Acceptance record", "Inspected by the township acceptance group", "Works complete, quality acceptable"));
        yield return (EvidenceKind.Photo, Convert.FromBase64String(PhotoPng));
    }

    /// <summary>
    /// A valid one-page PDF of a few lines of ASCII text (Helvetica needs no embedded font), with an exact cross-reference
    /// table: ASCII only, so character offsets are byte offsets.
    /// </summary>
    private static byte[] Pdf(params string[] lines)
    {
        var text = new StringBuilder("BT /F1 14 Tf 72 770 Td (Grants demo county - sample file, not a real document) Tj");
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $" 0 -24 Td ({line}) Tj");
        }

        text.Append(" ET");
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {text.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n{text}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(offset => pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
