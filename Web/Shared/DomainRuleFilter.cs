using Grants.Domain;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Shared;

/// <summary>
/// Turns a refused business rule, a unique index that refused a concurrent duplicate, or a version
/// that shows someone else changed the record first, into a form error on
/// the same page, in the user's language, so controllers have no try/catch (STYLE habit 5). Handlers save only
/// at their end, so nothing changed.
/// </summary>
public sealed class DomainRuleFilter(IStringLocalizer<Localization.Text> text) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (context.Controller is not Controller controller)
        {
            return;
        }

        if (executed.Exception is DomainRuleException rule)
        {
            AddError(controller, rule);
        }
        else if (executed.Exception is DomainRulesException rules)
        {
            foreach (var problem in rules.Problems)
            {
                AddError(controller, problem);
            }
        }
        else if (executed.Exception is DbUpdateConcurrencyException)
        {
            controller.ModelState.AddModelError("", text["Rule.ChangedConcurrently"]);
        }
        else if (executed.Exception is DbUpdateException update && DbErrors.IsUniqueViolation(update))
        {
            controller.ModelState.AddModelError("", text["Rule.SavedConcurrently"]);
        }
        else
        {
            return;
        }

        // The form is the first bound class argument; services injected into the action are not forms.
        var form = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource != BindingSource.Services && context.ActionArguments.ContainsKey(p.Name))
            .Select(p => context.ActionArguments[p.Name])
            .FirstOrDefault(v => v is not null && v.GetType().IsClass && v is not string);
        if (form is null)
        {
            return; // no form to show the message on: an action without one must not let a rule refuse it
        }

        executed.Result = controller.View(form);
        executed.ExceptionHandled = true;
    }

    private void AddError(Controller controller, DomainRuleException rule)
    {
        var arguments = rule.Arguments.Select(a => a is string s ? text[s].Value : a).ToArray();
        controller.ModelState.AddModelError(rule.Field ?? "", text[rule.Code, arguments]);
    }
}
