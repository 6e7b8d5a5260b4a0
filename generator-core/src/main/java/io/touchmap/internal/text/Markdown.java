package io.touchmap.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The Markdown subset of descriptions (paragraphs, emphasis, lists, links), parsed once and given both as HTML for
 * the site and as plain paragraphs for the PDF, so that both outputs read the same text.
 *
 * <p>What the parse keeps is safe for either: headings, quotes and code blocks are not part of the subset and stay
 * text; links keep only http, https, mailto and relative targets, links to any other scheme become their text;
 * images become their text (a site that works offline loads nothing remote); bidirectional and other control
 * characters are shown as {@link Printable} escapes, not obeyed. The HTML escapes raw HTML, and the renderer's own
 * URL sanitizer stays on as a second guard: it is the only producer of markup from map text.
 *
 * <pre>{@code
 * Markdown description = Markdown.parse(map.info().description());
 * description.html();        // "<p>… <strong>vaisselle</strong> …</p>"
 * description.paragraphs();  // ["… vaisselle …"]
 * }</pre>
 */
public final class Markdown {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    /**
     * The parser and renderers, made when the first text that needs them is parsed: a map whose descriptions are
     * all plain sentences never loads them (some 40 ms of a cold JVM for the first text parsed and rendered).
     */
    private static final class Commonmark {

        private static final Parser PARSER = Parser.builder()
                .enabledBlockTypes(Set.of(ListBlock.class))
                .build();

        private static final HtmlRenderer HTML = HtmlRenderer.builder()
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

        private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

        /** As {@link #PLAIN}, with the line breaks inside a paragraph read as spaces, so that printed text flows. */
        private static final TextContentRenderer FLOWING = TextContentRenderer.builder()
                .nodeRendererFactory(context -> new NodeRenderer() {
                    @Override
                    public Set<Class<? extends Node>> getNodeTypes() {
                        return Set.of(SoftLineBreak.class);
                    }

                    @Override
                    public void render(Node node) {
                        context.getWriter().write(" ");
                    }
                })
                .build();
    }

    private static final Markdown EMPTY = new Markdown(null, null);

    /** The parsed document, or null when there is no text or it is {@link #plain}; never changed once parsed. */
    private final Node document;
    /** The text when it is one paragraph that reads as it is written ({@link #isPlain}), else null. */
    private final String plain;

    private Markdown(Node document, String plain) {
        this.document = document;
        this.plain = plain;
    }

    /** {@code text} parsed as the Markdown subset; null or blank text gives an {@linkplain #isEmpty() empty} one. */
    public static Markdown parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        String visible = visibleControls(text);
        return isPlain(visible) ? new Markdown(null, visible) : parsed(visible);
    }

    /** {@code text}, its controls made visible already, parsed by commonmark: what a text that is not plain goes through. */
    static Markdown parsed(String text) {
        Node document = Commonmark.PARSER.parse(text);
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
        return new Markdown(document, null);
    }

    /**
     * True for text that Markdown gives back as it is, as one paragraph: one line that starts with a letter (so no
     * list marker) and ends with no space, without any of the characters that begin emphasis, code, a link, an
     * image, raw HTML, an entity or an escape. Most descriptions are such sentences.
     */
    static boolean isPlain(String text) {
        char last = text.charAt(text.length() - 1);
        if (!Character.isLetter(text.charAt(0)) || Character.isWhitespace(last) || Character.isSpaceChar(last)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\n', '\r', '\\', '`', '*', '_', '[', ']', '!', '<', '>', '&' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** True when there was no text to parse. */
    public boolean isEmpty() {
        return document == null && plain == null;
    }

    /** The text as HTML, such as {@code <p>One <em>two</em></p>}; empty when there is no text. */
    public String html() {
        if (plain != null) {
            // as commonmark writes a paragraph of text: of the characters it escapes, only the quote can be there
            return "<p>" + plain.replace("\"", "&quot;") + "</p>";
        }
        return document == null ? "" : Commonmark.HTML.render(document).strip();
    }

    /**
     * The text's paragraphs (and lists) without markup, one string each: emphasis dropped, line breaks kept, each
     * list item on its own line behind its marker, a link as its quoted text followed by its target in brackets.
     */
    public List<String> paragraphs() {
        if (plain != null) {
            return List.of(plain);
        }
        if (document == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            String paragraph = Commonmark.PLAIN.render(block).strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return List.copyOf(paragraphs);
    }

    /** A stretch of a paragraph's text, emphasised ({@code *em*}) or strong ({@code **strong**}) or neither. */
    public record Span(String text, boolean emphasis, boolean strong) {
    }

    /**
     * The same paragraphs as {@link #paragraphs()}, each cut into spans by its emphasis, so that a printed document
     * can set {@code *em*} in an oblique face and {@code **strong**} in bold; the line breaks inside a paragraph
     * become spaces, so that the text flows (list items stay one a line).
     */
    public List<List<Span>> styledParagraphs() {
        if (plain != null) {
            return List.of(List.of(new Span(plain, false, false)));
        }
        if (document == null) {
            return List.of();
        }
        List<List<Span>> paragraphs = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            String paragraph = Commonmark.FLOWING.render(block).strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            boolean[] emphasis = new boolean[paragraph.length()];
            boolean[] strong = new boolean[paragraph.length()];
            int[] cursor = {0};
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(Emphasis node) {
                    mark(node, emphasis);
                }

                @Override
                public void visit(StrongEmphasis node) {
                    mark(node, strong);
                }

                @Override
                public void visit(Text node) {
                    // the text before an emphasis moves the search past itself, so a word written twice is
                    // marked where it is emphasised
                    int at = paragraph.indexOf(node.getLiteral(), cursor[0]);
                    if (at >= 0) {
                        cursor[0] = at + node.getLiteral().length();
                    }
                }

                private void mark(Node node, boolean[] flags) {
                    String text = Commonmark.FLOWING.render(node).strip();
                    int at = text.isEmpty() ? -1 : paragraph.indexOf(text, cursor[0]);
                    if (at < 0) {
                        visitChildren(node);
                        return;
                    }
                    java.util.Arrays.fill(flags, at, at + text.length(), true);
                    cursor[0] = at;
                    visitChildren(node);
                    cursor[0] = at + text.length();
                }
            });
            List<Span> spans = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= paragraph.length(); i++) {
                if (i == paragraph.length() || emphasis[i] != emphasis[start] || strong[i] != strong[start]) {
                    spans.add(new Span(paragraph.substring(start, i), emphasis[start], strong[start]));
                    start = i;
                }
            }
            paragraphs.add(List.copyOf(spans));
        }
        return List.copyOf(paragraphs);
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
        return SCHEMES.contains(beforeColon.toLowerCase(Locale.ROOT));
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
