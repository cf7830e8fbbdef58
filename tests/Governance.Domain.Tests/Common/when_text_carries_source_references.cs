using Governance.Domain.Common;

namespace Governance.Domain.Tests.Common;

public class when_text_carries_source_references
{
    [Theory]
    [InlineData("Wat maakt het eigenlijk logisch? (004 l. 2113–2115)", "Wat maakt het eigenlijk logisch?", "004 l. 2113–2115")]
    [InlineData("Doet de financiering recht aan de opgave? (naar 004 l. 1094–1098)", "Doet de financiering recht aan de opgave?", "004 l. 1094–1098")]
    [InlineData("Mogen we stoppen? (onze vraag, naar 004 l. 1913–1915)", "Mogen we stoppen?", "004 l. 1913–1915")]
    public void the_reference_moves_out_of_the_text_into_the_sources(string text, string without, string source)
    {
        var (plain, sources) = Citations.Split(text);
        plain.ShouldBe(without);
        sources.ShouldBe([source]);
    }

    [Fact]
    public void a_text_without_references_and_an_ordinary_parenthesis_stay_as_they_are()
    {
        Citations.Strip("Het plan (versie 2) is klaar.").ShouldBe("Het plan (versie 2) is klaar.");
    }
}
