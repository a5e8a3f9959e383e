namespace Grants.Web.Localization;

/// <summary>Marker for IStringLocalizer&lt;Text&gt;: the one UI text catalogue.</summary>
#pragma warning disable CA1052 // a marker type for generic injection, never instantiated
public sealed class Text;
#pragma warning restore CA1052
