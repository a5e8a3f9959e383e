using System.Text.Json;

namespace Grants.Infrastructure.Audit;

/// <summary>
/// How much journal existed when the trail began, as the genesis record wrote it: the highest id and the number of
/// rows of each journal table. Those rows have no Added records; verify holds them to their count.
/// </summary>
internal sealed record JournalMark(long EntriesMaxId, long EntriesCount, long LinesMaxId, long LinesCount)
{
    public static JournalMark Parse(string? genesisChanges)
    {
        if (genesisChanges is null)
        {
            return new JournalMark(0, 0, 0, 0);
        }

        using var json = JsonDocument.Parse(genesisChanges);
        var entries = json.RootElement.GetProperty("JournalEntries");
        var lines = json.RootElement.GetProperty("JournalLines");
        return new JournalMark(
            entries.GetProperty("MaxId").GetInt64(), entries.GetProperty("Count").GetInt64(),
            lines.GetProperty("MaxId").GetInt64(), lines.GetProperty("Count").GetInt64());
    }
}
