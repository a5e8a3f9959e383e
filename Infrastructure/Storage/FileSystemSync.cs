using System.Runtime.InteropServices;

namespace Grants.Infrastructure.Storage;

/// <summary>
/// Linux's syncfs(2): every file written so far on the file system holding a path, on disk in one journal commit.
/// Elsewhere <see cref="Available"/> is false and callers flush file by file.
/// </summary>
internal static partial class FileSystemSync
{
    public static bool Available { get; } = OperatingSystem.IsLinux();

    /// <param name="path">Any file on the file system (.NET opens no directory as a file).</param>
    public static void Flush(string path)
    {
        if (!Available)
        {
            return;
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
        if (SyncFs((int)handle.DangerousGetHandle()) != 0)
        {
            throw new IOException($"syncfs failed for {path} (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    [LibraryImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static partial int SyncFs(int fd);
}
