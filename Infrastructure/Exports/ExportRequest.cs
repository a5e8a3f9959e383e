using Grants.Infrastructure.Storage;

namespace Grants.Infrastructure.Exports;

public enum ExportStatus
{
    Queued = 1,
    Running = 2,
    Done = 3,
    Failed = 4,
}

/// <summary>
/// An export too large to download at once, or an evidence pack: a background job writes it into the file store while
/// the user watches its progress in their download list. It belongs to the user who asked; nobody else may download it.
/// The township scope is taken when it is asked for and kept here, because the job runs outside any request and has no
/// user of its own.
/// </summary>
public sealed class ExportRequest
{
    public const int FileNameMax = 120;
    public const int ErrorMax = 300;

    private ExportRequest() { }

    public ExportRequest(string userId, string userName, int? townshipScope, LedgerSelection selection, long rowCount, string fileName, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(selection);
        UserId = userId;
        UserName = userName;
        TownshipScope = townshipScope;
        Kind = selection.Kind;
        Format = selection.Format;
        Selection = selection.ToJson();
        RowCount = rowCount;
        FileName = fileName.Length <= FileNameMax ? fileName : throw new ArgumentException("The file name is too long.", nameof(fileName));
        Status = ExportStatus.Queued;
        RequestedAt = at;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    /// <summary>The requesting user's township, or null for a county-wide role; the job reads the ledger through it.</summary>
    public int? TownshipScope { get; private set; }

    public ExportKind Kind { get; private set; }

    public ExportFormat Format { get; private set; }

    /// <summary>The <see cref="LedgerSelection"/> as JSON.</summary>
    public string Selection { get; private set; } = "";

    public ExportStatus Status { get; private set; }

    /// <summary>Percent of the rows written, 0–100.</summary>
    public int Progress { get; private set; }

    /// <summary>Journal lines selected: counted when asked, counted again when the job starts. None for an evidence pack.</summary>
    public long RowCount { get; private set; }

    public string FileName { get; private set; } = "";

    /// <summary>The stored file (<see cref="StoredFile"/>), once written.</summary>
    public string? Sha256 { get; private set; }

    public long? Size { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public string? Error { get; private set; }

    public LedgerSelection ReadSelection() => LedgerSelection.FromJson(Selection);

    /// <summary>A retried job starts again from nothing; a finished export is not written twice.</summary>
    public bool Start(long rowCount, DateTimeOffset at)
    {
        if (Status == ExportStatus.Done)
        {
            return false;
        }

        (Status, RowCount, Progress, StartedAt, FinishedAt, Error) = (ExportStatus.Running, rowCount, 0, at, null, null);
        return true;
    }

    public void Finish(StoredBlob file, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(file);
        (Status, Progress, Sha256, Size, FinishedAt) = (ExportStatus.Done, 100, file.Sha256, file.Size, at);
    }

    public void Fail(string error, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(error);
        (Status, FinishedAt, Error) = (ExportStatus.Failed, at, error.Length <= ErrorMax ? error : error[..ErrorMax]);
    }
}
