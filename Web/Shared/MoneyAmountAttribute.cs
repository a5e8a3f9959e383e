using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Grants.Domain;
using Grants.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Shared;

/// <summary>
/// An amount typed into a form, read by <see cref="Money.TryParse"/>: a number of yuan, exact to the fen, above zero.
/// Each way of being wrong gets its own message naming the field; an empty value is left to [Required].
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MoneyAmountAttribute : ValidationAttribute
{
    /// <summary>Zero is a valid answer (a pledge of nothing in cash), but never a negative amount.</summary>
    public bool AllowZero { get; set; }

    public static Money Parse(string? text) => Money.TryParse(text) ?? throw new FormatException("Validate the amount first.");

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return ValidationResult.Success;
        }

        var key = Money.TryParse(text) switch
        {
            { IsPositive: true } => null,
            { IsZero: true } when AllowZero => null,
            { } when AllowZero => "Budget.AmountNegative",
            { } => "Pools.AmountNotPositive",
            null when IsNumber(text) => "Pools.AmountTooManyDecimals",
            null => "Pools.AmountNotNumber",
        };
        if (key is null)
        {
            return ValidationResult.Success;
        }

        // MVC localizes only the attributes it knows; this one finds the catalogue itself. DisplayName is already localized.
        var localizer = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        string[] members = validationContext.MemberName is { } member ? [member] : [];
        return new ValidationResult(localizer[key, validationContext.DisplayName].Value, members);
    }

    private static bool IsNumber(string text) => decimal.TryParse(
        text.Trim().TrimStart('¥', '￥').Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal),
        NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
}
