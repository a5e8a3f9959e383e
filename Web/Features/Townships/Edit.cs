using System.ComponentModel.DataAnnotations;
using Grants.Infrastructure.Data;
using Grants.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Townships;

/// <summary>Only the name can change: the code is fixed once other records and documents refer to it.</summary>
public sealed class TownshipForm
{
    [Display(Name = "Township.Name")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string Name { get; set; } = "";

    [BindNever, ValidateNever]
    public int Id { get; set; }

    [BindNever, ValidateNever]
    public string Code { get; set; } = "";

    /// <summary>The saved name, for the breadcrumbs while the form shows an edited one.</summary>
    [BindNever, ValidateNever]
    public string CurrentName { get; set; } = "";
}

public sealed class EditTownshipHandler(GrantsDbContext db, IStringLocalizer<Text> text)
{
    public Task<TownshipForm?> LoadAsync(int id, CancellationToken ct) =>
        db.Townships.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new TownshipForm { Id = t.Id, Code = t.Code, Name = t.Name, CurrentName = t.Name })
            .SingleOrDefaultAsync(ct);

    public async Task<FormOutcome> HandleAsync(int id, TownshipForm form, ModelStateDictionary modelState, CancellationToken ct)
    {
        var township = await db.Townships.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (township is null)
        {
            return FormOutcome.NotFound;
        }

        (form.Id, form.Code, form.CurrentName) = (township.Id, township.Code, township.Name);
        if (!modelState.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var name = form.Name.Trim();
        if (await db.Townships.AnyAsync(t => t.Id != id && t.Name == name, ct))
        {
            modelState.AddModelError(nameof(form.Name), text["Organisation.Taken", text["Township.Name"], name]);
            return FormOutcome.Invalid;
        }

        township.Rename(name);
        await db.SaveChangesAsync(ct);
        form.Name = township.Name;
        return FormOutcome.Saved;
    }
}
