using System.ComponentModel.DataAnnotations;
using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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

public sealed class CreateTownshipHandler(GrantsDbContext db)
{
    public async Task HandleAsync(NewTownshipForm form, CancellationToken ct)
    {
        // Codes are identifiers such as T13: one spelling, so "t13" cannot sit beside "T13".
        var code = form.Code.Trim().ToUpperInvariant();
        var name = form.Name.Trim();
        await UniqueTownship.RequireFreeCodeAsync(db, code, ct);
        await UniqueTownship.RequireFreeNameAsync(db, name, exceptId: 0, ct);

        var township = new Township(code, name);
        db.Townships.Add(township);
        await db.SaveChangesAsync(ct);
        (form.Id, form.Name) = (township.Id, township.Name);
    }
}
