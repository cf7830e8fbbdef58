using Microsoft.Extensions.FileProviders;

namespace Governance.Host.Web;

/// <summary>The stylesheet of the configured theme, found once at start-up: an unknown theme stops the host.</summary>
public sealed class Theme
{
    public string StylesheetPath { get; }

    public Theme(WebOptions options, IWebHostEnvironment environment)
    {
        var name = options.Theme.Trim().ToLowerInvariant();
        if (!WebOptions.ThemeName().IsMatch(name))
            throw new InvalidOperationException($"Web:Theme '{options.Theme}' is geen geldige themanaam (kleine letters, cijfers en -).");
        StylesheetPath = new[] { $"/themes/{name}.css", $"/lib/themes/{name}.css" }
            .FirstOrDefault(path => environment.WebRootFileProvider.GetFileInfo(path).Exists)
            ?? throw new InvalidOperationException(
                $"Web:Theme '{name}': geen bestand wwwroot/themes/{name}.css of wwwroot/lib/themes/{name}.css. Bestaande thema's: neutraal (standaard); utrecht na npm ci.");
    }
}
