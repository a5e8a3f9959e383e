using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Grants.Web.Shared;

public enum FlashKind
{
    Success,
    Warning,
    Danger,
}

/// <summary>A one-line message shown once after Post/Redirect/Get; the text is a UI text key.</summary>
public static class FlashMessages
{
    private const string Key = "flash";

    public static void Flash(this Controller controller, FlashKind kind, string textKey, params string[] arguments) =>
        controller.TempData[Key] = string.Join('\u001f', [kind.ToString(), textKey, .. arguments]);

    public static (FlashKind Kind, string TextKey, string[] Arguments)? Read(ITempDataDictionary tempData)
    {
        if (tempData[Key] is not string value)
        {
            return null;
        }

        var parts = value.Split('\u001f');
        return (Enum.Parse<FlashKind>(parts[0]), parts[1], parts[2..]);
    }
}
