package io.touchmap.render.chart;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The SVG element of one chart as {@link SvgGraphics} draws it, written compact from the start: each distinct style
 * once, as a class of the chart's style sheet; each distinct clip path, gradient or pattern once, with an id of its
 * own within the chart's file; consecutive elements clipped alike in one group carrying the clip; a clip that covers
 * the whole canvas left out; a filled path outlined right after in one element doing both; lines drawn one after the
 * other alike with crisp edges (a chart's ticks and gridlines, dashed or not) or round caps (a line chart's segments)
 * in one path, less the zero-length lines that the next line covers; circles filled in one colour (a line chart's
 * markers) as round dots, which share a path too; a miter limit only where a path has corners. The same drawing gives
 * the same bytes.
 */
final class SvgDocument {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

    /**
     * A style without its miter limit (for paths without corners), whether paths in it may share one path element
     * ({@link #joinable}), whether a path in it that starts where the last ended carries on from there (round caps
     * and joins, undashed), and whether its caps are square ({@link #coversPoint}).
     */
    private record Facts(String cornerless, boolean joinable, boolean carriesOn, boolean squareCaps) {
    }

    private final int width;
    private final int height;
    private final Rectangle2D canvas;
    private final StringBuilder body = new StringBuilder(16384);
    private final StringBuilder definitions = new StringBuilder();
    /** Style declarations to the class that carries them, in the order first used. */
    private final Map<String, String> classes = new LinkedHashMap<>();
    /** A definition's markup without its id, to that id. */
    private final Map<String, String> definitionIds = new HashMap<>();
    /** What is known of each style met: {@link #facts}. */
    private final Map<String, Facts> facts = new HashMap<>();
    private final Map<Character, Integer> definitionCounts = new HashMap<>();
    private boolean xlink;
    /** The clip path of the group open in the body, or null when no group is open. */
    private String openClip;

    // A plain path held back: the paths written right after it in the same style and clip are its next subpaths.
    private final StringBuilder pathData = new StringBuilder(2048);
    private String pathStyle;
    private String pathClip;
    /** The last path added to the one held back, and where its data starts in {@link #pathData}. */
    private PathData pathEnd;
    private int pathEndStart;

    // A filled shape held back a moment: if the next one outlines the same shape, one element does both.
    private String heldElement;
    private PathData heldData;
    private String heldFill;
    private String heldClip;

    /** A document for a chart drawn on a canvas of {@code width} × {@code height} user units. */
    SvgDocument(int width, int height) {
        this.width = width;
        this.height = height;
        this.canvas = new Rectangle2D.Double(0, 0, width, height);
    }

    /**
     * The id of a clip path to the region {@code clip} (in the canvas's coordinates), or null if that region covers
     * the canvas and so clips nothing: JFreeChart clips everything it draws to the chart's area.
     */
    String clipPath(Shape clip) {
        if (clip.contains(canvas)) {
            return null;
        }
        StringBuilder path = new StringBuilder(64).append("<path");
        PathData data;
        if (clip instanceof Rectangle2D r) {
            data = PathData.rectangle(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        } else {
            PathIterator segments = clip.getPathIterator(null);
            if (segments.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                path.append(" clip-rule='evenodd'");
            }
            data = PathData.of(segments);
        }
        return define('c', "clipPath", "", path.append(" d='").append(data.text()).append("'/>").toString());
    }

    /**
     * The id of the definition {@code <element attributes>content</element>}, written once among the definitions
     * however often it is asked for; ids are {@code kind} and a number counted per kind.
     */
    String define(char kind, String element, String attributes, String content) {
        String markup = element + attributes + '>' + content;
        String known = definitionIds.get(markup);
        if (known != null) {
            return known;
        }
        int number = definitionCounts.merge(kind, 1, Integer::sum) - 1;
        String definitionId = String.valueOf(kind) + number;
        definitionIds.put(markup, definitionId);
        definitions.append('<').append(element).append(" id='").append(definitionId).append('\'').append(attributes)
                .append('>').append(content).append("</").append(element).append('>');
        return definitionId;
    }

    /** Declares the XLink namespace on the chart, for the references of images. */
    void usesXlink() {
        xlink = true;
    }

    /**
     * A shape filled with the style declarations {@code fill} and outlined with {@code stroke} (either may be null),
     * clipped to the clip path {@code clip} (null for none). {@code element} is its element's name and attributes:
     * {@code path} and its transform and fill rule, with {@code data} as its path data, or {@code rect} and its own,
     * with null data.
     */
    void shape(String element, PathData data, String fill, String stroke, String clip) {
        if (heldElement != null) {
            if (fill == null && heldElement.equals(element) && data != null && data.sameAs(heldData)
                    && Objects.equals(heldClip, clip)) {
                // JFreeChart fills each marker and then outlines it: one element paints both, fill first.
                write(element, data, heldFill + ';' + stroke, clip);
                heldElement = null;
                return;
            }
            release();
        }
        if (stroke == null) {
            heldElement = element;
            heldData = data;
            heldFill = fill;
            heldClip = clip;
        } else {
            write(element, data, fill == null ? "fill:none;" + stroke : fill + ';' + stroke, clip);
        }
    }

    /** The text {@code text} at the position and transform {@code attributes}, in the style {@code style}. */
    void text(String attributes, String style, String clip, String text) {
        release();
        flushPath();
        open("text" + attributes, null, style, clip);
        body.append('>');
        appendEscaped(body, text);
        body.append("</text>");
    }

    /** An element {@code <name attributes/>} without a style, such as an image. */
    void unstyled(String name, String attributes, String clip) {
        release();
        flushPath();
        enterClip(clip);
        body.append('<').append(name).append(attributes).append("/>");
    }

    /** The finished {@code <svg>} element. */
    String svg() {
        release();
        flushPath();
        enterClip(null);
        StringBuilder svg = new StringBuilder(body.length() + definitions.length() + 64 * classes.size() + 200);
        svg.append("<svg xmlns='").append(SVG_NAMESPACE).append('\'');
        if (xlink) {
            svg.append(" xmlns:xlink='").append(XLINK_NAMESPACE).append('\'');
        }
        svg.append(" viewBox='0 0 ").append(width).append(' ').append(height).append("'>");
        if (!classes.isEmpty()) {
            svg.append("<style>");
            classes.forEach((declarations, name) -> svg.append('.').append(name).append('{').append(declarations).append('}'));
            svg.append("</style>");
        }
        if (!definitions.isEmpty()) {
            svg.append("<defs>").append(definitions).append("</defs>");
        }
        return svg.append(body).append("</svg>").toString();
    }

    /** Writes the filled shape held back, if any. */
    private void release() {
        if (heldElement != null) {
            write(heldElement, heldData, heldFill, heldClip);
            heldElement = null;
        }
    }

    private void write(String element, PathData data, String written, String clip) {
        // the miter limit only shapes corners
        String style = data != null && !data.hasCorners() ? facts(written).cornerless() : written;
        if (data != null && element.equals("path")) {
            String dot = data.radius() > 0 ? dot(style, data.radius()) : null;
            if (dot != null) {
                join(data.centre(), dot, clip);
                return;
            }
            if (facts(style).joinable()) {
                join(data, style, clip);
                return;
            }
        }
        flushPath();
        open(element, data == null ? null : data.text(), style, clip);
        body.append("/>");
    }

    /**
     * Adds {@code data} to the path held back if that one has the same style and clip, else holds it back in a path
     * of its own. A path that starts where the one before it ended carries on from there if its caps and joins are
     * round and it is undashed: a polyline drawn segment by segment becomes one line. A zero-length line (such as the
     * inner tick mark JFreeChart draws with a length of 0) is left out when the next path starts on it and covers
     * what its caps would paint there.
     */
    private void join(PathData data, String style, String clip) {
        boolean carriesOn = false;
        if (pathStyle == null || !style.equals(pathStyle) || !Objects.equals(clip, pathClip)) {
            flushPath();
            pathStyle = style;
            pathClip = clip;
        } else if (data.startsWhere(pathEnd) && pathEnd.isPoint() && coversPoint(data, facts(style))) {
            pathData.setLength(pathEndStart);
        } else {
            carriesOn = data.startsWhere(pathEnd) && facts(style).carriesOn();
        }
        pathEndStart = pathData.length();
        pathData.append(carriesOn ? data.afterFirstMove() : data.text());
        pathEnd = data;
    }

    /**
     * True if {@code data}, drawn in a style of {@code facts} from a zero-length line's point, paints at least what the
     * line's caps paint: nothing with butt caps, a circle as wide as the stroke with round ones, a square with square
     * ones, which a horizontal or vertical line's square cap covers.
     */
    private static boolean coversPoint(PathData data, Facts facts) {
        return !facts.squareCaps() || data.startsStraight();
    }

    /**
     * What the writer needs to know of {@code style}, worked out once per distinct style of the chart (a chart draws
     * hundreds of shapes in a few dozen styles).
     */
    private Facts facts(String style) {
        Facts known = facts.get(style);
        if (known == null) {
            known = new Facts(withoutMiterLimit(style), joinable(style), style.contains("stroke-linecap:round")
                    && style.contains("stroke-linejoin:round") && !style.contains("dasharray"),
                    style.contains("stroke-linecap:square"));
            facts.put(style, known);
        }
        return known;
    }

    /** {@code style} without its {@code stroke-miterlimit} declaration, if it has one. */
    private static String withoutMiterLimit(String style) {
        int start = style.indexOf(";stroke-miterlimit:");
        if (start < 0) {
            return style;
        }
        int end = style.indexOf(';', start + 1);
        return end < 0 ? style.substring(0, start) : style.substring(0, start) + style.substring(end);
    }

    /**
     * True if paths in {@code style} drawn one after the other paint the same pixels as one path holding them all, or
     * as good as: outlines that are opaque (a dash pattern starts again at each subpath, as it does at each line Java2D
     * draws), and either drawn with crisp edges, or with round caps, whose subpaths cover what each would alone;
     * browsers blend the anti-aliased edges of shapes that overlap in one path a shade otherwise, far below what an eye
     * notices.
     */
    private static boolean joinable(String style) {
        return (style.contains("shape-rendering:crispEdges") || style.startsWith("fill:none;") && style.contains("stroke-linecap:round"))
                && !style.contains("opacity") && !style.contains("url(");
    }

    /**
     * The style that draws a circle of radius {@code radius} hundredths painted in {@code style} as a dot: a
     * zero-length line at its centre with a round cap as wide as the circle and its outline, so that a chart's
     * markers take a few characters each and share one path. Null if {@code style} paints the circle otherwise than
     * in one opaque colour, filled and perhaps outlined in the same colour.
     */
    private static String dot(String style, long radius) {
        String fill = null;
        String stroke = null;
        long width = 100;
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String value = declaration.substring(colon + 1);
            switch (declaration.substring(0, colon)) {
                case "fill" -> fill = value;
                case "stroke" -> stroke = value;
                case "stroke-width" -> width = Hundredths.of(Double.parseDouble(value));
                case "stroke-linecap", "stroke-linejoin", "stroke-miterlimit" -> {
                    // a circle has neither ends nor corners
                }
                default -> {
                    return null;
                }
            }
        }
        if (fill == null || !fill.startsWith("#") || stroke != null && !stroke.equals(fill)) {
            return null;
        }
        StringBuilder dot = new StringBuilder(64).append("fill:none;stroke:").append(fill).append(";stroke-width:");
        Hundredths.append(dot, 2 * radius + (stroke == null ? 0 : width));
        return dot.append(";stroke-linecap:round").toString();
    }

    /** Writes the path held back, if any. */
    private void flushPath() {
        if (pathStyle != null) {
            open("path", pathData, pathStyle, pathClip);
            body.append("/>");
            pathData.setLength(0);
            pathStyle = null;
            pathEnd = null;
        }
    }

    /**
     * Opens the element {@code nameAndAttributes}, with the path data {@code data} if not null, in the class of
     * {@code style}, within the group of its clip; the tag is left to close.
     */
    private void open(String nameAndAttributes, CharSequence data, String style, String clip) {
        enterClip(clip);
        String styleClass = classes.get(style);
        if (styleClass == null) {
            styleClass = "s" + classes.size();
            classes.put(style, styleClass);
        }
        body.append('<').append(nameAndAttributes);
        if (data != null) {
            body.append(" d='").append(data).append('\'');
        }
        body.append(" class='").append(styleClass).append('\'');
    }

    /** Makes the group open in the body the one clipped to {@code clip}, or none when {@code clip} is null. */
    private void enterClip(String clip) {
        if (Objects.equals(clip, openClip)) {
            return;
        }
        if (openClip != null) {
            body.append("</g>");
        }
        if (clip != null) {
            body.append("<g clip-path='url(#").append(clip).append(")'>");
        }
        openClip = clip;
    }

    /**
     * Appends {@code text} as the content of an XML element: markup characters escaped, and characters XML cannot
     * carry (controls, lone surrogates, U+FFFE and U+FFFF) shown as U+FFFD, as the PDF shows what it cannot print.
     */
    static void appendEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
