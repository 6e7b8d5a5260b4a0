package io.touchmap.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static String html(String markdown) {
        return Markdown.parse(markdown).html();
    }

    private static List<String> paragraphs(String markdown) {
        return Markdown.parse(markdown).paragraphs();
    }

    @Test
    void paragraphsEmphasisListsAndLinksAreRendered() {
        assertEquals("<p>One <em>two</em> <strong>three</strong></p>\n<ul>\n<li>a</li>\n<li><a rel=\"nofollow noopener noreferrer\" href=\"https://x.org/\">b</a></li>\n</ul>",
                html("One *two* **three**\n\n- a\n- [b](https://x.org/)"));
    }

    @Test
    void oneParseGivesTheHtmlAndThePlainParagraphsOfTheSameText() {
        Markdown description = Markdown.parse("Nous vendons de la **vaisselle** et *du linge*.\n\nTrois choses :\n\n- repérer\n- suivre");
        assertEquals("<p>Nous vendons de la <strong>vaisselle</strong> et <em>du linge</em>.</p>\n<p>Trois choses :</p>\n"
                + "<ul>\n<li>repérer</li>\n<li>suivre</li>\n</ul>", description.html());
        assertEquals(List.of("Nous vendons de la vaisselle et du linge.", "Trois choses :", "- repérer\n- suivre"),
                description.paragraphs());
    }

    @Test
    void plainParagraphsKeepALinkTargetAndTheLineBreaksOfTheText() {
        assertEquals(List.of("See the\n\"charter\" (https://x.org/charter)."), paragraphs("See the\n[charter](https://x.org/charter)."));
    }

    @Test
    void whatTheSiteDoesNotLinkThePlainTextDoesNotNameEither() {
        assertEquals("<p>x and logo</p>", html("[x](javascript:alert(1)) and ![logo](https://t.example/p.png)"));
        assertEquals(List.of("x and logo"), paragraphs("[x](javascript:alert(1)) and ![logo](https://t.example/p.png)"));
    }

    @Test
    void rawHtmlIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", html("<script>alert(1)</script>"));
        assertEquals("<p>a &lt;img src=x onerror=alert(1)&gt; b</p>", html("a <img src=x onerror=alert(1)> b"));
        assertEquals(List.of("<script>alert(1)</script>"), paragraphs("<script>alert(1)</script>"));
    }

    @Test
    void onlyWebMailAndRelativeLinksAreLinksTheRestIsText() {
        assertEquals("<p>x</p>", html("[x](javascript:alert(1))"));
        assertEquals("<p>x</p>", html("[x]( JavaScript:alert(1))"));
        assertEquals("<p>x</p>", html("[x](&#106;avascript:alert(1))"));
        assertEquals("<p>javascript:alert(1)</p>", html("<javascript:alert(1)>"));
        assertEquals("<p>x</p>", html("[x](data:text/html,hi)"));
        assertEquals("<p><a rel=\"nofollow noopener noreferrer\" href=\"https://a.org/?q=b:c\">x</a></p>", html("[x](https://a.org/?q=b:c)"));
        assertEquals("<p><a rel=\"nofollow noopener noreferrer\" href=\"other.html#a:b\">x</a></p>", html("[x](other.html#a:b)"));
        assertEquals("<p><a rel=\"nofollow noopener noreferrer\" href=\"mailto:a@b.org\">x</a></p>", html("[x](mailto:a@b.org)"));
        assertEquals("<p><a rel=\"nofollow noopener noreferrer\" href=\"other.html\">x</a></p>", html("[x](other.html)"));
    }

    @Test
    void imagesBecomeTheirTextSoNothingIsLoadedFromElsewhere() {
        assertEquals("<p>see logo here</p>", html("see ![logo](https://t.example/p.png) here"));
    }

    @Test
    void headingsCodeBlocksAndQuotesAreNotPartOfTheSubset() {
        assertEquals("<p># Title</p>\n<p>&gt; quote</p>", html("# Title\n\n> quote"));
        assertEquals(List.of("# Title", "> quote"), paragraphs("# Title\n\n> quote"));
    }

    @Test
    void bidirectionalControlsAreShownAsEscapesInBothForms() {
        assertEquals("<p>a\\u202Eb</p>", html("a\u202Eb"));
        assertEquals(List.of("a\\u202Eb"), paragraphs("a\u202Eb"));
    }

    @Test
    void noTextGivesNoMarkupAndNoParagraph() {
        assertTrue(Markdown.parse(null).isEmpty());
        assertTrue(Markdown.parse("  \n").isEmpty());
        assertEquals("", Markdown.parse(null).html());
        assertEquals(List.of(), Markdown.parse("  \n").paragraphs());
    }

    @Test
    void styledParagraphsCutTheTextByItsEmphasisAndLetItFlow() {
        Markdown text = Markdown.parse("De la **vaisselle**, *avant* et\n*après* l'achat ; vaisselle ***forte***.\n\n- un\n- deux");
        assertEquals(List.of(
                List.of(new Markdown.Span("De la ", false, false), new Markdown.Span("vaisselle", false, true),
                        new Markdown.Span(", ", false, false), new Markdown.Span("avant", true, false),
                        new Markdown.Span(" et ", false, false), new Markdown.Span("après", true, false),
                        new Markdown.Span(" l'achat ; vaisselle ", false, false), new Markdown.Span("forte", true, true),
                        new Markdown.Span(".", false, false)),
                List.of(new Markdown.Span("- un\n- deux", false, false))), text.styledParagraphs());
    }

    @Test
    void aPlainSentenceReadsAsCommonmarkWouldReadItWithoutBeingParsed() {
        List<String> plain = List.of("Le client essaie puis offre avec l'aide d'un conseiller.",
                "Réservation d'un article pour 48 h, \"sans frais\" ; délai\u202f: 2 jours # 3 - 4 + 5 = 14 / 2 (environ) ~ 7 | 8.",
                "Prix justes\u00a0% et « remises » — 10 % {promo} : voir https://example.com/offre?x=1#top",
                "خدمة العملاء 😀 顾客服务 Служба",
                "A");
        for (String text : plain) {
            assertTrue(Markdown.isPlain(text), text);
            Markdown fast = Markdown.parse(text);
            Markdown parsed = Markdown.parsed(text);
            assertEquals(parsed.html(), fast.html(), text);
            assertEquals(parsed.paragraphs(), fast.paragraphs(), text);
            assertEquals(parsed.styledParagraphs(), fast.styledParagraphs(), text);
        }
        for (String text : List.of("- a list", "1. first", "a *word*", "a_b", "see [this](x)", "a <b>", "a & b", "a > b",
                "ends with a space ", "ends with a no-break space\u00a0", "two\nlines", "\u00abquoted\u00bb", "back\\slash", "a `code`", "!image")) {
            assertEquals(false, Markdown.isPlain(text), text);
        }
    }
}
