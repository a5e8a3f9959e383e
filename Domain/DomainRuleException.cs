namespace Grants.Domain;

/// <summary>
/// A business rule refused the change. <see cref="Code"/> names a resource key so the web layer can
/// show the message in the user's language; <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string code, params object[] arguments)
        : base(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} ({1})", code, string.Join(", ", arguments)))
    {
        Code = code;
        Arguments = arguments;
    }

    public DomainRuleException() : this("Rule.Unknown") { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException)
    {
        Code = "Rule.Unknown";
        Arguments = [];
    }

    public string Code { get; } = "Rule.Unknown";

    public IReadOnlyList<object> Arguments { get; } = [];

    /// <summary>The form field the rule is about (a property name such as "Name"), or null for the form as a whole.</summary>
    public string? Field { get; init; }
}
