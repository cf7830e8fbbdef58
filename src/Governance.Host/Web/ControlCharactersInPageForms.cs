using Governance.Host.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Governance.Host.Web;

/// <summary>
/// A page form with a control character in a field (<see cref="ControlCharacters"/>) is shown again with the error on
/// that field by <see cref="PageCommands.Run"/>, which refuses the command before it runs. A page that carries out no
/// command that way (it has no <see cref="CommandAnswer"/> to show) never gets to handle the text: it answers the
/// Dutch error page, 400, naming the field.
/// </summary>
public sealed class ControlCharactersInPageForms : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // The error page this leads to is re-executed with the same request: it renders.
        var reExecuted = context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && context.HttpContext.Items[ControlCharacters.PageFormFieldItem] is string posted && !ShowsCommandAnswers(context.HandlerInstance))
        {
            context.HttpContext.Items[ControlCharacters.PageMessageItem] = ControlCharacters.Message(posted[(posted.LastIndexOf('.') + 1)..]);
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return;
        }
        await next();
    }

    private static bool ShowsCommandAnswers(object page) =>
        page.GetType().GetProperties().Any(p => p.PropertyType == typeof(CommandAnswer));
}
