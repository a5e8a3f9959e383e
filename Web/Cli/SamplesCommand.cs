using System.CommandLine;
using Grants.Reports.Evidence;
using Grants.Reports.Notices;
using Grants.Reports.Settlement;
using Grants.Reports.Workbooks;

namespace Grants.Web.Cli;

/// <summary>
/// `./grants samples --out DIR`: every document and workbook the product prints, rendered from its sample model, so
/// anyone can look at them without settling a quarter. Touches no database.
/// </summary>
internal static class SamplesCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the files into (created if missing)", Required = true };
        var command = new Command("samples", "Render every report (notices, settlement summary and workbook, payment list, journal, approval trails) from its sample model into --out") { output };
        command.SetAction(async (result, ct) =>
        {
            var folder = result.GetRequiredValue(output);
            folder.Create();
            foreach (var (name, bytes) in Documents())
            {
                await WriteAsync(folder, name, stream => stream.WriteAsync(bytes, ct).AsTask());
            }

            var report = SettlementSamples.Report();
            await WriteAsync(folder, "settlement.xlsx", stream => SettlementWorkbook.WriteAsync(report, stream, ct));
            await WriteAsync(folder, "payment-list.xlsx", stream => PaymentListWorkbook.WriteAsync(SettlementSamples.Payments(report), stream, ct));
            await WriteAsync(folder, "journal.xlsx", stream => LedgerWorkbook.WriteAsync(LedgerSamples.Heading, LedgerSamples.Lines(5_000).ToAsyncEnumerable(), stream, ct));
            return 0;
        });
        return command;
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Documents()
    {
        yield return ("notice-award.pdf", new AwardNotice(NoticeSamples.Award()).Render());
        yield return ("notice-black-card.pdf", new BlackCardNotice(NoticeSamples.BlackCard()).Render());
        yield return ("notice-interview.pdf", new InterviewNotice(NoticeSamples.Interview()).Render());
        yield return ("settlement-summary.pdf", new SettlementSummaryDocument(SettlementSamples.Report()).Render());
        yield return ("journal.pdf", new JournalDocument(LedgerSamples.Heading).Render(LedgerSamples.Lines(5_000)));
        yield return ("approval-trail-project.pdf", new ApprovalTrailDocument(ApprovalTrailSamples.Project()).Render());
        yield return ("approval-trail-quarter.pdf", new ApprovalTrailDocument(ApprovalTrailSamples.Quarter()).Render());
    }

    /// <summary>Written beside the target and moved into place, so a failed render never leaves half a file.</summary>
    private static async Task WriteAsync(DirectoryInfo folder, string name, Func<Stream, Task> write)
    {
        var path = Path.Combine(folder.FullName, name);
        var temporary = path + ".part";
        await using (var stream = File.Create(temporary))
        {
            await write(stream);
        }

        File.Move(temporary, path, overwrite: true);
        Console.WriteLine($"samples: {path} ({new FileInfo(path).Length / 1024.0:N0} KB)");
    }
}
