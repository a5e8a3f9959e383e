using System.IO.Compression;

namespace Grants.Web.Features.ProjectImport;

/// <summary>
/// Decides by content, not by name, whether an upload is an Excel workbook (.xlsx) small enough to open: a ZIP
/// holding [Content_Types].xml and xl/workbook.xml, whose entries unpack to a bounded size (no zip bomb).
/// </summary>
public static class WorkbookFile
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Far above any real project list, far below what would strain the server once parsed.</summary>
    public const long MaxUnpackedBytes = 50 * 1024 * 1024;

    public const int MaxEntries = 500;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly byte[] ZipSignature = "PK\u0003\u0004"u8.ToArray();

    /// <summary>The problem with the file, or null when it may be opened; leaves the stream at its start.</summary>
    public static ImportError? Check(Stream file)
    {
        if (file.Length > MaxBytes)
        {
            return ImportError.ForFile("Import.FileTooLarge", MaxBytes / 1024 / 1024);
        }

        try
        {
            return CheckZip(file);
        }
        catch (InvalidDataException)
        {
            return ImportError.ForFile("Import.NotExcel");
        }
        finally
        {
            file.Position = 0;
        }
    }

    private static ImportError? CheckZip(Stream file)
    {
        Span<byte> start = stackalloc byte[4];
        file.Position = 0;
        if (file.ReadAtLeast(start, 4, throwOnEndOfStream: false) < 4 || !start.SequenceEqual(ZipSignature))
        {
            return ImportError.ForFile("Import.NotExcel");
        }

        file.Position = 0;
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains("[Content_Types].xml") || !names.Contains("xl/workbook.xml"))
        {
            return ImportError.ForFile("Import.NotExcel");
        }

        // The sizes the archive declares: .NET's reader never inflates an entry past its declared size, so a bomb
        // that lies about them fails to open rather than filling the memory.
        if (zip.Entries.Count > MaxEntries || zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
        {
            return ImportError.ForFile("Import.TooLargeUnpacked", MaxUnpackedBytes / 1024 / 1024);
        }

        return null;
    }
}
