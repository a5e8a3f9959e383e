using Grants.Domain.Assessment;

namespace Grants.Reports.Settlement;

/// <summary>How grades read on official documents: 先进村, 成效村, 一般村 (the county's words; documents are Chinese only).</summary>
public static class GradeText
{
    public static string Of(Grade grade) => grade switch
    {
        Grade.Advanced => "先进",
        Grade.Effective => "成效",
        Grade.Ordinary => "一般",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Not a grade."),
    };
}
