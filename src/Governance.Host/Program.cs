using Governance.Host.Access;
using Governance.Host.Demo;
using Governance.Host.Infrastructure;
using Governance.Host.Notifications;
using Governance.Host.Web;
using JasperFx;
using Serilog;

// Program.cs only composes modules; each capability wires itself in its own folder.
var builder = WebApplication.CreateBuilder(args);

builder.AddGovernanceLogging();
builder.AddGovernanceTelemetry();
builder.AddGovernanceStore();
builder.AddGovernanceApi();
builder.AddGovernanceAccess();
builder.AddGovernanceDemo();
builder.AddGovernanceNotifications();
builder.AddGovernanceWeb();
builder.AddGovernanceIdempotency();

var app = builder.Build();

app.UseHeadRequestsAsGet();
app.UseGovernanceErrors();
app.UseGovernanceTelemetry();
app.UseGovernanceWeb();
app.UseGovernanceAccess();
app.UseGovernanceIdempotency();
app.UseConditionalReads();
app.UseProgrammeWriteLock();
app.MapGovernanceApi();
app.MapGovernanceWeb();

try
{
    return await app.RunJasperFxCommands(args);
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible to the test host (Alba) and the benchmark harness.</summary>
public partial class Program;
