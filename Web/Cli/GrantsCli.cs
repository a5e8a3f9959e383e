using System.CommandLine;
using Grants.Infrastructure;

namespace Grants.Web.Cli;

public static class GrantsCli
{
    private static readonly string[] Words = ["run", "test", "migrate", "seed", "users", "bench", "verify", "import", "samples", "settle", "opendata", "evidence", "-h", "-?", "--help", "--version"];

    /// <summary>True when the arguments name a command or ask for help; host settings alone (--key=value) do not.</summary>
    public static bool IsCommandLine(string[] args) => args.Any(a => Words.Contains(a, StringComparer.Ordinal));

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Grants — 以奖代补 back office for a county finance bureau. Management commands:");
        CommonOptions.AddTo(root);
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(TestCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(SamplesCommand.Create());
        root.Subcommands.Add(SettleCommand.Create());
        root.Subcommands.Add(OpenDataCommand.Create());
        root.Subcommands.Add(EvidenceCommand.Create());
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperatorException e)
        {
            await Console.Error.WriteLineAsync($"grants: {e.Message}");
            return 2;
        }
    }
}

internal static class TestCommand
{
    public static Command Create()
    {
        var command = new Command("test", "Run the whole test suite, PostgreSQL and browser tests included (handled by the ./grants script)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("Run the tests from the repository root with: ./grants test");
            return 2;
        });
        return command;
    }
}
