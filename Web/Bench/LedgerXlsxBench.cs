using System.Diagnostics;
using Grants.Reports.Workbooks;
using SpreadCheetah;

namespace Grants.Web.Bench;

/// <summary>
/// The streaming ledger export (日记账 XLSX) over N generated lines against SpreadCheetah writing the same cells bare
/// (no styles, title, totals or checks), alternating, three runs each, to a temporary file. Peak memory is the
/// process's resident high-water mark, reset before each run (/proc/self/clear_refs), so each run has its own.
/// </summary>
internal static class LedgerXlsxBench
{
    private const int Runs = 3;

    public static async Task<BenchSection> RunAsync(int lines, CancellationToken ct)
    {
        lines = Math.Min(lines, LedgerWorkbook.MaxLines);
        var path = Path.Combine(Path.GetTempPath(), $"grants-bench-ledger-{Environment.ProcessId}.xlsx");
        var bare = new List<Measure>();
        var ledger = new List<Measure>();
        try
        {
            for (var run = 1; run <= Runs; run++)
            {
                BenchReport.Phase($"ledger-xlsx: run {run} of {Runs}: {lines:N0} lines, bare SpreadCheetah then the ledger workbook");
                bare.Add(await MeasureAsync(path, stream => WriteBareAsync(Lines(lines), stream, ct)));
                ledger.Add(await MeasureAsync(path, stream => LedgerWorkbook.WriteAsync(
                    new LedgerHeading("资金日记账（基准）", "2026"), Lines(lines), stream, ct)));
                BenchReport.Phase($"  bare {bare[^1]}; ledger {ledger[^1]}");
            }
        }
        finally
        {
            File.Delete(path);
        }

        return Report(lines, bare, ledger);
    }

    private static BenchSection Report(int lines, List<Measure> bare, List<Measure> ledger)
    {
        static string[] Row(string name, List<Measure> m) =>
        [
            name, BenchTable.Number(m.Min(x => x.Seconds), 2), BenchTable.Number(m.Average(x => x.Seconds), 2),
            BenchTable.Number(m.Max(x => x.PeakMb), 0), BenchTable.Number(m.Average(x => x.AllocatedMb), 0), BenchTable.Number(m[^1].FileMb, 1),
        ];
        var table = BenchTable.Render(
            ["writer", "best s", "mean s", "peak RSS MB", "allocated MB", "file MB"],
            [Row("SpreadCheetah, bare cells", bare), Row("LedgerWorkbook", ledger)]);
        var ratio = ledger.Min(x => x.Seconds) / bare.Min(x => x.Seconds);
        var peak = ledger.Max(x => x.PeakMb);
        var verdict = ratio <= 3 && peak < 300 ? "within" : "OUTSIDE";
        return new BenchSection("ledger-xlsx", "none",
            $"{lines:N0} generated journal lines (8 columns, Chinese text), {Runs} runs of each writer alternating, written to a temporary file",
            table,
            $"The ledger export writes {lines:N0} lines in **{ledger.Min(x => x.Seconds):0.00} s** (best of {Runs}), " +
            $"{ratio:0.00}× the bare writer's {bare.Min(x => x.Seconds):0.00} s, with a peak resident set of {peak:0} MB: " +
            $"{verdict} the targets (≤ 3×, under 300 MB).");
    }

    private static async Task<Measure> MeasureAsync(string path, Func<Stream, Task> write)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        PeakMemory.Reset();
        var allocated = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        await using (var stream = File.Create(path))
        {
            await write(stream);
        }

        watch.Stop();
        return new Measure(watch.Elapsed.TotalSeconds, PeakMemory.Mb(), (GC.GetTotalAllocatedBytes() - allocated) / 1048576.0,
            new FileInfo(path).Length / 1048576.0);
    }

    private static async Task WriteBareAsync(IAsyncEnumerable<LedgerLine> lines, Stream stream, CancellationToken ct)
    {
        await using var sheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: ct);
        await sheet.StartWorksheetAsync(LedgerWorkbook.SheetName, token: ct);
        var row = new DataCell[8];
        await foreach (var l in lines.WithCancellation(ct))
        {
            row[0] = new(l.EntryId);
            row[1] = new(l.BookedOn.ToDateTime(TimeOnly.MinValue));
            row[2] = new(l.Kind);
            row[3] = new(l.Description);
            row[4] = new(l.Account);
            row[5] = new(l.Debit);
            row[6] = new(l.Credit);
            row[7] = new(l.Source);
            await sheet.AddRowAsync(row, ct);
        }

        await sheet.FinishAsync(ct);
    }

    /// <summary>Balanced pairs: a debit to a project, the same amount credited to the pool.</summary>
    private static async IAsyncEnumerable<LedgerLine> Lines(int count)
    {
        var start = new DateOnly(2026, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var entry = i / 2 + 1;
            var amount = 1 + entry % 9_999_999 / 100m;
            var debit = i % 2 == 0;
            yield return new LedgerLine(entry, start.AddDays(entry % 365), "拨付", $"东岳花园小区垃圾分类奖补第{entry % 97}期",
                debit ? $"project:{entry % 541}:funds" : $"pool:{entry % 12}:available", debit ? amount : 0, debit ? 0 : amount, $"pool:{entry % 12}");
            if (i % 8192 == 0)
            {
                await Task.Yield();
            }
        }
    }

    private sealed record Measure(double Seconds, double PeakMb, double AllocatedMb, double FileMb)
    {
        public override string ToString() => $"{Seconds:0.00} s, peak {PeakMb:0} MB";
    }
}
