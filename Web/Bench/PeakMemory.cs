namespace Grants.Web.Bench;

/// <summary>The process's resident high-water mark; writing 5 to clear_refs resets it (Linux ≥ 4.0).</summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            BenchReport.Phase("  (could not reset the peak; it is the whole process's)");
        }
    }

    public static double Mb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
