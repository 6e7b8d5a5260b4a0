package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static String html(String markdown) throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.getMarkupString(Markdown.html(markdown));
    }

    @Test
    void paragraphsEmphasisListsAndLinksAreRendered() throws TemplateModelException {
        assertEquals("<p>One <em>two</em> <strong>three</strong></p>\n<ul>\n<li>a</li>\n<li><a rel=\"nofollow noopener noreferrer\" href=\"https://x.org/\">b</a></li>\n</ul>",
                html("One *two* **three**\n\n- a\n- [b](https://x.org/)"));
    }

    @Test
    void rawHtmlIsEscaped() throws TemplateModelException {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", html("<script>alert(1)</script>"));
        assertEquals("<p>a &lt;img src=x onerror=alert(1)&gt; b</p>", html("a <img src=x onerror=alert(1)> b"));
    }

    @Test
    void onlyWebMailAndRelativeLinksAreLinksTheRestIsText() throws TemplateModelException {
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
    void imagesBecomeTheirTextSoNothingIsLoadedFromElsewhere() throws TemplateModelException {
        assertEquals("<p>see logo here</p>", html("see ![logo](https://t.example/p.png) here"));
    }

    @Test
    void headingsCodeBlocksAndQuotesAreNotPartOfTheSubset() throws TemplateModelException {
        assertEquals("<p># Title</p>\n<p>&gt; quote</p>", html("# Title\n\n> quote"));
    }

    @Test
    void bidirectionalControlsAreShownAsEscapes() throws TemplateModelException {
        assertEquals("<p>a\\u202Eb</p>", html("a\u202Eb"));
    }

    @Test
    void noTextGivesNoMarkup() {
        assertNull(Markdown.html(null));
        assertNull(Markdown.html("  \n"));
    }
}
