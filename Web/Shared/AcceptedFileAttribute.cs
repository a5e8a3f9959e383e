using System.ComponentModel.DataAnnotations;
using Grants.Infrastructure.Storage;
using Grants.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Shared;

/// <summary>
/// An uploaded file the <see cref="FileStore"/> will accept: not empty, at most <see cref="FileStore.MaxBytes"/>, and a
/// PDF, JPEG or PNG by its first bytes, under a name without a path or control characters. Checked here so a wrong file is a message under its field and nothing is
/// written; the store checks again. No file at all is left to [Required].
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AcceptedFileAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not IFormFile file)
        {
            return ValidationResult.Success;
        }

        // By now MVC has read the whole form into memory or a temporary file, so this read never waits on the client.
        var head = new byte[FileKinds.HeadLength];
        using (var content = file.OpenReadStream())
        {
            head = head[..content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }

        if ((FileNames.IsHostile(file.FileName) ? "Files.BadName" : FileStore.Problem(file.Length, head)) is not { } problem)
        {
            return ValidationResult.Success;
        }

        var localizer = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        string[] members = validationContext.MemberName is { } member ? [member] : [];
        return new ValidationResult(localizer[problem, validationContext.DisplayName, FileStore.MaxMegabytes].Value, members);
    }
}
