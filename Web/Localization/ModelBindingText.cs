using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Grants.Web.Localization;

/// <summary>Model binding's own messages ("The value 'x' is not valid"), in the user's language.</summary>
internal static class ModelBindingText
{
    public static void Localize(DefaultModelBindingMessageProvider provider)
    {
        provider.SetValueIsInvalidAccessor(v => Format("Binding.ValueInvalid", v));
        provider.SetAttemptedValueIsInvalidAccessor((v, f) => Format("Binding.AttemptedValueInvalid", v, Field(f)));
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(v => Format("Binding.ValueInvalid", v));
        provider.SetUnknownValueIsInvalidAccessor(f => Format("Binding.UnknownValueInvalid", Field(f)));
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => Format("Binding.NonPropertyUnknownValueInvalid"));
        provider.SetValueMustNotBeNullAccessor(v => Format("Binding.ValueMustNotBeNull", v));
        provider.SetValueMustBeANumberAccessor(f => Format("Binding.ValueMustBeNumber", Field(f)));
        provider.SetNonPropertyValueMustBeANumberAccessor(() => Format("Binding.NonPropertyValueMustBeNumber"));
        provider.SetMissingBindRequiredValueAccessor(f => Format("Binding.MissingValue", Field(f)));
        provider.SetMissingKeyOrValueAccessor(() => Format("Binding.MissingKeyOrValue"));
        provider.SetMissingRequestBodyRequiredValueAccessor(() => Format("Binding.MissingBody"));
    }

    // Field names arrive as display-name keys; translate them too.
    private static string Field(string name) => UiText.Catalogue.Find(name, CultureInfo.CurrentUICulture) ?? name;

    private static string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, UiText.Catalogue.Find(key, CultureInfo.CurrentUICulture) ?? key, arguments);
}
