namespace Grants.Infrastructure;

/// <summary>
/// Something the operator must fix (a missing connection string, an unsupported combination of options, seeding a
/// database that is not empty). The CLI prints the message alone, without a stack trace.
/// </summary>
public sealed class OperatorException : Exception
{
    public OperatorException() { }

    public OperatorException(string message) : base(message) { }

    public OperatorException(string message, Exception innerException) : base(message, innerException) { }
}
