namespace Grants.Reports.Notices;

/// <summary>
/// The body that issues a notice: its full name (signature and seal), its red mark (发文机关标志, e.g.
/// "示范县财政局文件"), its document-number prefix ("示财"), the office that prints it (版记), and its county, whose
/// 以奖代补 regulation (《示范县共同缔造以奖代补资金管理办法》) the notices cite.
/// </summary>
public sealed record IssuingBody(string County, string Name, string Mark, string NumberPrefix, string Office)
{
    public string Regulation => $"《{County}共同缔造以奖代补资金管理办法》";
}

/// <summary>
/// What every notice carries besides its text: who issues it, its number 示财〔2026〕12号, the date, who gets copies,
/// the link a QR code points to (to check the notice online), and the number of the notice it replaces, if re-issued.
/// </summary>
public sealed record NoticeHeader(
    IssuingBody Issuer,
    int Year,
    int Sequence,
    DateOnly IssuedOn,
    IReadOnlyList<string> CopyTo,
    string? VerifyUrl = null,
    string? Replaces = null)
{
    public string Number => $"{Issuer.NumberPrefix}〔{Year}〕{Sequence}号";

    internal void Check()
    {
        ModelCheck.Text(Issuer.County, "County", 20);
        ModelCheck.Text(Issuer.Name, "Issuer name", 30);
        ModelCheck.Text(Issuer.Mark, "Issuer mark", 16);
        ModelCheck.Text(Issuer.NumberPrefix, "Document number prefix", 10);
        ModelCheck.Text(Issuer.Office, "Printing office", 30);
        if (Year is < 2000 or > 2100 || Sequence < 1)
        {
            throw new ReportModelException($"Document number {Number} is not a number this county could issue.");
        }

        if (VerifyUrl is { Length: > 300 })
        {
            throw new ReportModelException($"Verify URL is {VerifyUrl.Length} characters long; at most 300 fit in the QR code.");
        }
    }
}

/// <summary>A criterion's points as a notice quotes them: 人居环境23.50分（满分25分）.</summary>
public sealed record CriterionScore(string Name, decimal Points, decimal MaxPoints)
{
    public override string ToString() => $"{Name}{ChineseText.Points(Points)}分（满分{MaxPoints:0.##}分）";
}
