using Grants.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Shared;

/// <summary>
/// Turns a refused business rule into a form error on the same page, in the user's language, so
/// controllers have no try/catch (STYLE habit 5). Handlers save only at their end, so nothing changed.
/// </summary>
public sealed class DomainRuleFilter(IStringLocalizer<Localization.Text> text) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not DomainRuleException rule || context.Controller is not Controller controller)
        {
            return;
        }

        var arguments = rule.Arguments.Select(a => a is string s ? text[s].Value : a).ToArray();
        controller.ModelState.AddModelError("", text[rule.Code, arguments]);
        var form = context.ActionArguments.Values.FirstOrDefault(v => v is not null && v.GetType().IsClass && v is not string);
        executed.Result = controller.View(form);
        executed.ExceptionHandled = true;
    }
}
