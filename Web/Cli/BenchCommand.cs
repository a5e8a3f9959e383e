using System.CommandLine;

namespace Grants.Web.Cli;

internal static class BenchCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = "seed | pages (default: all)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("bench", "Measure performance, print a table and record it in docs/BENCHMARKS.md") { scenario };
        command.SetAction((result, ct) => Task.FromResult(0));
        return command;
    }
}
