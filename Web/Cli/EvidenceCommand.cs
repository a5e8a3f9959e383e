using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Grants.Domain.Assessment;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.EvidencePacks;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Cli;

/// <summary>
/// `./grants evidence --project ID --out FILE.zip` or `--quarter 2026Q3`: an auditor's evidence pack (ledger, receipts,
/// approval trail, settlement documents, manifest of SHA-256 hashes), county-wide, as the operator. The zip is written
/// beside the target and moved over it, so a failure never leaves half a pack where a whole one is expected.
/// </summary>
internal static class EvidenceCommand
{
    public static Command Create()
    {
        var project = new Option<int?>("--project") { Description = "The project's id (as in /projects/details/ID)" };
        var quarter = new Option<string?>("--quarter") { Description = "The settled quarter, e.g. 2026Q3" };
        var output = new Option<FileInfo>("--out") { Description = "The zip file to write (replaced if it exists)", Required = true };
        var command = new Command("evidence", "Write an evidence pack for a project or a quarter: ledger, receipts, approval trail, settlement documents and a SHA-256 manifest")
        {
            project, quarter, output,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(project) is null) == (result.GetValue(quarter) is null))
            {
                result.AddError("Give either --project ID or --quarter YYYYQn.");
            }
        });
        command.SetAction(async (result, ct) =>
        {
            var subject = result.GetValue(project) is { } id
                ? new Subject(id, null)
                : new Subject(null, Quarter.TryParse(result.GetValue(quarter)) ?? throw new OperatorException($"'{result.GetValue(quarter)}' is not a quarter; write it like 2026Q3."));
            using var host = CliServices.Build(CommonOptions.ToHostArgs(result));
            return await host.InScope(sp => RunAsync(sp, subject, result.GetValue(output)!.FullName, Console.Out, ct));
        });
        return command;
    }

    /// <summary>A project or a quarter: exactly one of the two.</summary>
    internal sealed record Subject(int? ProjectId, Quarter? Quarter);

    internal static async Task<int> RunAsync(IServiceProvider services, Subject subject, string path, TextWriter output, CancellationToken ct)
    {
        var db = services.GetRequiredService<GrantsDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            throw new OperatorException("the database is not migrated; check --data/--connection, or run ./grants migrate first.");
        }

        var operatorName = $"cli:{Environment.UserName}";
        var pack = new EvidencePack(db, services.GetRequiredService<FileStore>(), ScopedLedger.Of(db, services.GetRequiredService<ICurrentUser>()),
            EvidenceReader.Operator(operatorName.Length <= 64 ? operatorName : operatorName[..64]), services.GetRequiredService<TimeProvider>());
        var partial = path + ".partial";
        var progress = new ConsoleProgress("evidence");
        EvidenceManifest manifest;
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var percent = new Percent(progress);
                manifest = subject.ProjectId is { } id
                    ? await pack.WriteProjectAsync(id, file, percent, ct)
                    : await pack.WriteQuarterAsync(subject.Quarter!.Value, file, percent, ct);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch (EvidenceNotFoundException e)
        {
            throw new OperatorException(e.Message);
        }
        finally
        {
            File.Delete(partial);
            progress.Done();
        }

        await output.WriteLineAsync(Describe(manifest, path, await Sha256Async(path, ct)));
        return 0;
    }

    private static string Describe(EvidenceManifest m, string path, string sha256)
    {
        int Count(string status) => m.Files.Count(f => f.Status == status);
        return string.Create(CultureInfo.InvariantCulture,
            $"evidence: {m.Subject}: {m.Files.Count - Count(EvidenceKinds.Missing)} files written to {path} " +
            $"({Count(EvidenceKinds.Missing)} missing from the store, {Count(EvidenceKinds.Altered)} no longer matching their hash); zip sha256 {sha256}");
    }

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }

    private sealed class Percent(ConsoleProgress console) : IProgress<int>
    {
        public void Report(int value) => console.Report(string.Create(CultureInfo.InvariantCulture, $"{value}%"));
    }
}
