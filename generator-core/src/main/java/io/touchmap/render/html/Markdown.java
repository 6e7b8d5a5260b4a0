package io.touchmap.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.touchmap.internal.text.Printable;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the Markdown subset of descriptions (paragraphs, emphasis, lists, links) to HTML that cannot carry markup
 * of its own: raw HTML is escaped, links keep only http, https, mailto and relative targets, images become their
 * text (a site that works offline loads nothing remote), links to any other scheme become their text, and
 * bidirectional controls are shown, not obeyed. The renderer's own URL sanitizer stays on as a second guard.
 *
 * <p>It is the only producer of markup from map text; templates receive its output as already-safe HTML.
 */
final class Markdown {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(ListBlock.class))
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(SCHEMES))
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .softbreak("\n")
            .build();

    private Markdown() {
    }

    /** The HTML of {@code text}, or null when there is no text. */
    static TemplateHTMLOutputModel html(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Node document = PARSER.parse(visibleControls(text));
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                replaceByItsText(image);
            }

            @Override
            public void visit(Link link) {
                if (!isAllowed(link.getDestination())) {
                    replaceByItsText(link);
                } else {
                    visitChildren(link);
                }
            }
        });
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(RENDERER.render(document).strip());
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot wrap rendered Markdown", e);
        }
    }

    /** Puts the node's children in its place, so that a refused link or an image reads as its text. */
    private static void replaceByItsText(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    /** True for a relative target or one whose scheme is http, https or mailto. */
    static boolean isAllowed(String destination) {
        String target = destination.strip();
        int colon = target.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String beforeColon = target.substring(0, colon);
        if (beforeColon.contains("/") || beforeColon.contains("?") || beforeColon.contains("#")) {
            return true;
        }
        return SCHEMES.contains(beforeColon.toLowerCase(java.util.Locale.ROOT));
    }

    /** Each line as {@link Printable} shows it, keeping the line breaks that Markdown needs. */
    private static String visibleControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(Printable.of(line.replace("\r", "").replace('\t', ' ')));
        }
        return out.toString();
    }
}
