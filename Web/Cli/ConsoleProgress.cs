namespace Grants.Web.Cli;

/// <summary>Progress on one terminal line, rewritten in place; plain lines when output is redirected.</summary>
internal sealed class ConsoleProgress(string label) : IProgress<string>
{
    private DateTime lastWrite = DateTime.MinValue;

    public void Report(string value)
    {
        var now = DateTime.UtcNow;
        if (Console.IsOutputRedirected)
        {
            if (now - lastWrite < TimeSpan.FromSeconds(2))
            {
                return;
            }

            Console.WriteLine($"{label}: {value}");
        }
        else
        {
            Console.Write($"\r{label}: {value}".PadRight(Math.Min(Console.WindowWidth, 100) - 1));
        }

        lastWrite = now;
    }

    public void Done()
    {
        if (!Console.IsOutputRedirected)
        {
            Console.WriteLine();
        }
    }
}
