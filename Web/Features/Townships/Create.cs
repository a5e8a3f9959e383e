using System.ComponentModel.DataAnnotations;
using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Grants.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Townships;

public sealed class NewTownshipForm
{
    [Display(Name = "Township.Code")]
    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression("^[A-Za-z0-9]{1,12}$", ErrorMessage = "Rule.CodeInvalid")]
    public string Code { get; set; } = "";

    [Display(Name = "Township.Name")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string Name { get; set; } = "";

    [BindNever]
    public int Id { get; set; }
}

public sealed class CreateTownshipHandler(GrantsDbContext db, IStringLocalizer<Text> text)
{
    public async Task<FormOutcome> HandleAsync(NewTownshipForm form, ModelStateDictionary modelState, CancellationToken ct)
    {
        if (!modelState.IsValid)
        {
            return FormOutcome.Invalid;
        }

        // Codes are identifiers such as T13: one spelling, so "t13" cannot sit beside "T13".
        var code = form.Code.Trim().ToUpperInvariant();
        var name = form.Name.Trim();
        if (await db.Townships.AnyAsync(t => t.Code == code, ct))
        {
            modelState.AddModelError(nameof(form.Code), text["Organisation.Taken", text["Township.Code"], code]);
        }

        if (await db.Townships.AnyAsync(t => t.Name == name, ct))
        {
            modelState.AddModelError(nameof(form.Name), text["Organisation.Taken", text["Township.Name"], name]);
        }

        if (!modelState.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var township = new Township(code, name);
        db.Townships.Add(township);
        await db.SaveChangesAsync(ct);
        form.Id = township.Id;
        form.Name = township.Name;
        return FormOutcome.Saved;
    }
}
