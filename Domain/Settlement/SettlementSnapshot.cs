namespace Grants.Domain.Settlement;

/// <summary>
/// The text of a draft's input snapshot (every community's scores, the rules and the pool, canonically written), kept so
/// an auditor can recompute the draft and compare. It lives in a row of its own: a province's snapshot runs to
/// megabytes, and every step of a settlement reads the settlement itself — only drafting touches the text.
/// </summary>
public sealed class SettlementSnapshot
{
    private SettlementSnapshot() { }

    internal SettlementSnapshot(string text) => Text = text;

    public int SettlementId { get; private set; }

    public string Text { get; private set; } = "";

    internal void Replace(string text) => Text = text;
}
