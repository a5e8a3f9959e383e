namespace Grants.Web.Features.Townships;

/// <summary>What a create or edit POST of the organisation tree came to; the controller turns it into PRG, the form again, or 404.</summary>
public enum FormOutcome
{
    Saved,
    Invalid,
    NotFound,
}
