using Serilog;
using Serilog.Formatting.Compact;

namespace Governance.Host.Infrastructure;

public static class Logging
{
    /// <summary>
    /// Serilog everywhere: a readable console while developing, compact JSON (one event per line, for a log
    /// collector) everywhere else. Levels and overrides come from the "Serilog" configuration section.
    /// </summary>
    public static WebApplicationBuilder AddGovernanceLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                // Marten logs every failed command with its stack trace; while the database is away that is each
                // request again, which DatabaseUnavailableHandler already logs once, in one line.
                .Filter.ByExcluding(e => e.Exception is { } exception
                    && e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().StartsWith("\"Marten", StringComparison.Ordinal)
                    && DatabaseOutages.IsDatabaseUnavailable(exception));
            if (development)
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            else
                logger.WriteTo.Console(new CompactJsonFormatter());
        });
        return builder;
    }
}
