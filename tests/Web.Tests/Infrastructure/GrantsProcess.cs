using System.Diagnostics;
using System.Text;

namespace Grants.Web.Tests.Infrastructure;

/// <summary>The built program run as its own process, as an operator or a job server runs it: for crash and multi-process tests.</summary>
public static class GrantsProcess
{
    private static string Program => typeof(global::Program).Assembly.Location;

    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        using var process = Start(args, environment);
        var output = new StringBuilder();
        var reading = Task.WhenAll(Pump(process.StandardOutput, output), Pump(process.StandardError, output));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        await reading;
        return (process.ExitCode, output.ToString());
    }

    /// <summary>A long-running process (a worker); the caller kills it. Its output is drained so it never blocks on a full pipe.</summary>
    public static Process Start(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    public static void Drain(Process process)
    {
        _ = Pump(process.StandardOutput, new StringBuilder());
        _ = Pump(process.StandardError, new StringBuilder());
    }

    private static async Task Pump(StreamReader reader, StringBuilder into)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (into)
            {
                into.AppendLine(line);
            }
        }
    }
}
