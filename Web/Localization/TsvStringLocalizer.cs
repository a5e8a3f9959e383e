using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Localization;

public sealed class TsvStringLocalizer(UiText text) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = text.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        text.Entries.Keys.Select(k => this[k]);
}

/// <summary>Every type and view shares the one catalogue; keys are namespaced by feature instead.</summary>
public sealed class TsvStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly TsvStringLocalizer localizer = new(UiText.Catalogue);

    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;
}
