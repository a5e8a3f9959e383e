using System.CommandLine;
using System.CommandLine.Parsing;

namespace Grants.Web.Cli;

/// <summary>
/// Options every command accepts. They become configuration keys (Grants:Data, Grants:Db, Grants:Connection),
/// the same keys appsettings.json and environment variables (Grants__Db, …) set.
/// </summary>
internal static class CommonOptions
{
    /// <summary>The environment `./grants` runs in unless ASPNETCORE_ENVIRONMENT says otherwise.</summary>
    public const string DemoEnvironment = "Demo";

    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data folder: SQLite database, job storage, file store (default ./data)",
        Recursive = true,
    };

    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Database engine: sqlite (default) or postgres",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Database connection string (required for postgres)",
        Recursive = true,
    };

    /// <summary>The configuration key that carries the command's name to the audit trail (see CliServices).</summary>
    public const string AuditOperationKey = "Audit:Operation";

    public static void AddTo(Command root)
    {
        Db.AcceptOnlyFromAmong("sqlite", "postgres");
        root.Options.Add(Data);
        root.Options.Add(Db);
        root.Options.Add(Connection);
    }

    /// <summary>The options as host arguments (--Grants:Db=postgres …) for the host builders.</summary>
    public static string[] ToHostArgs(ParseResult result)
    {
        var args = new List<string>();
        Add(args, "Grants:Data", result.GetValue(Data));
        Add(args, "Grants:Db", result.GetValue(Db));
        Add(args, "Grants:Connection", result.GetValue(Connection));
        // Passed explicitly because the CLI's generic host reads only DOTNET_ENVIRONMENT. The default is neither
        // Development (no stack traces) nor Production (the demo county may be seeded).
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? DemoEnvironment;
        args.Add($"--environment={environment}");
        args.Add($"--{AuditOperationKey}=cli {CommandPath(result.CommandResult)}");

        return [.. args];
    }

    /// <summary>"users add": the command's name after its parents', the root left out.</summary>
    private static string CommandPath(CommandResult command) =>
        command.Parent is CommandResult { Parent: not null } parent ? $"{CommandPath(parent)} {command.Command.Name}" : command.Command.Name;

    private static void Add(List<string> args, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            args.Add($"--{key}={value}");
        }
    }
}
