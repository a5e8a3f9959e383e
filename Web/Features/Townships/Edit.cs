using System.ComponentModel.DataAnnotations;
using Grants.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

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

public sealed class EditTownshipHandler(GrantsDbContext db)
{
    public async Task<TownshipForm?> LoadAsync(int id, CancellationToken ct)
    {
        var form = new TownshipForm();
        if (!await PrepareAsync(id, form, ct))
        {
            return null;
        }

        form.Name = form.CurrentName;
        return form;
    }

    /// <summary>Fills what the page shows but does not post; false when there is no such township in scope.</summary>
    public async Task<bool> PrepareAsync(int id, TownshipForm form, CancellationToken ct)
    {
        var stored = await db.Townships.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new { t.Code, t.Name }).SingleOrDefaultAsync(ct);
        if (stored is null)
        {
            return false;
        }

        (form.Id, form.Code, form.CurrentName) = (id, stored.Code, stored.Name);
        return true;
    }

    public async Task HandleAsync(int id, TownshipForm form, CancellationToken ct)
    {
        var township = await db.Townships.SingleAsync(t => t.Id == id, ct);
        var name = form.Name.Trim();
        await UniqueTownship.RequireFreeNameAsync(db, name, exceptId: id, ct);

        township.Rename(name);
        await db.SaveChangesAsync(ct);
        form.Name = township.Name;
    }
}
