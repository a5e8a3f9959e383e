using Grants.Domain;

namespace Grants.Reports;

/// <summary>
/// A report model that cannot be printed as asked: the message names the field (and the row, when there is one).
/// Thrown before anything is written, so a caller never receives a half-made file.
/// </summary>
public sealed class ReportModelException(string message) : ArgumentException(message);

/// <summary>The checks every report model runs before rendering.</summary>
public static class ModelCheck
{
    /// <summary>Names on official documents: community, township, payee. Longer than this and the layout breaks.</summary>
    public const int NameMax = 60;

    public static string Text(string? value, string field, int max = NameMax, string? row = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ReportModelException($"{Where(field, row)} is empty.");
        }

        if (value.Length > max)
        {
            throw new ReportModelException($"{Where(field, row)} is {value.Length} characters long; at most {max} fit.");
        }

        return value;
    }

    public static Money NotNegative(Money amount, string field, string? row = null) =>
        amount.IsNegative ? throw new ReportModelException($"{Where(field, row)} is negative ({amount}).") : amount;

    public static IReadOnlyList<T> NotEmpty<T>(IReadOnlyList<T>? items, string field) =>
        items is null || items.Count == 0 ? throw new ReportModelException($"{field} is empty: there is nothing to print.") : items;

    private static string Where(string field, string? row) => row is null ? field : $"{field} of {row}";
}
