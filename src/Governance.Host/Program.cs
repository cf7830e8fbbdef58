using Governance.Host.Access;
using Governance.Host.Infrastructure;
using JasperFx;
using Serilog;

// Program.cs only composes modules; each capability wires itself in its own folder.
var builder = WebApplication.CreateBuilder(args);

builder.AddGovernanceLogging();
builder.AddGovernanceStore();
builder.AddGovernanceApi();
builder.AddGovernanceAccess();
builder.AddGovernanceIdempotency();

var app = builder.Build();

app.UseGovernanceErrors();
app.UseGovernanceAccess();
app.UseGovernanceIdempotency();
app.MapGovernanceApi();

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
