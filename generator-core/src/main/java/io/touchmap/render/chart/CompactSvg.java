package io.touchmap.render.chart;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the SVG that JFreeSVG writes for a chart several times smaller without changing how it looks.
 *
 * <p>JFreeSVG has no setting for what makes it large. It refers to the current clip on every element, and JFreeChart
 * clips the whole drawing to the chart's area, so every element names a clip path covering the canvas and every
 * rotated label registers its own rotated copy of it; it repeats the full style on every element; it writes lines
 * and curves in absolute coordinates; JFreeChart fills each marker and then strokes the same circle. So this rewrites
 * the output: a clip path that covers the canvas, mapped through the transforms of the element using it, is dropped;
 * consecutive siblings clipped alike share one group carrying the clip; each distinct style is written once as a
 * class of a style sheet scoped to the chart's id; lines become paths and path data is written relative to the
 * previous point, in the same hundredths; a path repeating the one just drawn becomes a {@code <use>} of it (given an
 * id starting with the chart's); groups without attributes go. The same input gives the same bytes.
 *
 * <p>The input is JFreeSVG's output: single-quoted attributes, clip paths made of straight segments, transforms
 * written as {@code matrix(...)}, path data of {@code M}, {@code L}, {@code Q}, {@code C} and {@code Z}. Anything
 * else is left as it is.
 */
final class CompactSvg {

    /**
     * How far inside the canvas a clip path's edge may lie and still count as clipping nothing: transforms are
     * rounded to hundredths, so a rotated copy of the canvas clip lands up to about two units off the canvas edge.
     * Charts keep a padding of at least four units there ({@link ChartTheme}) in which nothing is drawn.
     */
    private static final double TOLERANCE = 3;

    private static final Set<String> END_POINTS = Set.of("x1", "y1", "x2", "y2");
    private static final String XLINK = " xmlns:xlink='http://www.w3.org/1999/xlink'";
    private static final Pattern CLIP_PATH = Pattern.compile("<clipPath id='([^']*)'><path d='([^']*)'/></clipPath>");
    private static final Pattern POLYGON = Pattern.compile("([ML])(-?[0-9.]+),(-?[0-9.]+)|Z");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)((?:\\s+[a-zA-Z][a-zA-Z0-9:-]*='[^']*')*)\\s*(/?)>");
    private static final Pattern MATRIX = Pattern.compile("matrix\\((-?[0-9.]+(?:,-?[0-9.]+){5})\\)");
    private static final Pattern SPACES = Pattern.compile("\\s*([:;])\\s*");
    private static final Pattern CLIP_REFERENCE = Pattern.compile("url\\(#([^)']*)\\)");

    /** A clip path as an element uses it: through the transform of that element. */
    private record ClipInPlace(String clipId, AffineTransform transform) {
    }

    private CompactSvg() {
    }

    /**
     * {@code svg}, an {@code <svg>} element with id {@code id} drawn by JFreeSVG on a {@code width} × {@code height}
     * canvas, rewritten smaller as the class describes.
     */
    static String compact(String svg, String id, double width, double height) {
        Map<String, Path2D> clips = clipPaths(svg);
        Rectangle2D canvas = new Rectangle2D.Double(TOLERANCE, TOLERANCE, width - 2 * TOLERANCE, height - 2 * TOLERANCE);
        Map<String, String> classes = new LinkedHashMap<>();
        Map<String, String> styleClasses = new HashMap<>();
        Map<ClipInPlace, Boolean> clipsNothing = new HashMap<>();
        Deque<AffineTransform> transforms = new ArrayDeque<>();
        transforms.push(new AffineTransform());
        StringBuilder body = new StringBuilder(svg.length() / 2);
        Matcher tag = TAG.matcher(svg);
        // Consecutive siblings clipped alike share one group carrying the clip: the depth of its members, and its clip.
        Deque<Integer> groupDepths = new ArrayDeque<>();
        Deque<String> groupClips = new ArrayDeque<>();
        String defs = "";
        // Which open elements were left out, and the last path without attributes of its own, to refer to again.
        Deque<Boolean> bare = new ArrayDeque<>();
        bare.push(false);
        String lastPath = null;
        String lastPathId = null;
        int lastPathAt = 0;
        int pathIds = 0;
        boolean xlink = svg.substring(0, Math.max(0, svg.indexOf('>'))).contains(XLINK);
        int copied = 0;
        while (tag.find(copied)) {
            body.append(svg, copied, tag.start());
            copied = tag.end();
            int depth = transforms.size();
            if (!tag.group(1).isEmpty()) {
                if (!groupDepths.isEmpty() && groupDepths.peek() == depth) {
                    groupDepths.pop();
                    groupClips.pop();
                    body.append("</g>");
                }
                transforms.pop();
                if (!bare.pop()) {
                    body.append(tag.group());
                }
                continue;
            }
            String name = tag.group(2);
            int defsEnd = name.equals("defs") ? svg.indexOf("</defs>", tag.end()) : -1;
            if (defsEnd >= 0) {
                // Written again at the start, without the clip paths no element refers to any more.
                defs = svg.substring(tag.end(), defsEnd);
                copied = defsEnd + "</defs>".length();
                continue;
            }
            Map<String, String> attributes = attributes(tag.group(3));
            AffineTransform transform = within(transforms.peek(), attributes.get("transform"));
            String clip = attributes.get("clip-path");
            if (clip != null) {
                String clipId = clipId(clip);
                Path2D region = clips.get(clipId);
                if (region != null && transform != null && clipsNothing.computeIfAbsent(new ClipInPlace(clipId, transform),
                        placed -> region.createTransformedShape(transform).contains(canvas))) {
                    attributes.remove("clip-path");
                }
            }
            // An element's own transform applies to its clip path too, so such an element keeps its clip.
            String shared = attributes.containsKey("transform") ? null : attributes.remove("clip-path");
            boolean inGroup = !groupDepths.isEmpty() && groupDepths.peek() == depth;
            if (inGroup && !groupClips.peek().equals(shared)) {
                groupDepths.pop();
                groupClips.pop();
                body.append("</g>");
                inGroup = false;
            }
            if (!inGroup && shared != null) {
                groupDepths.push(depth);
                groupClips.push(shared);
                body.append("<g clip-path='").append(shared).append("'>");
            }
            if (name.equals("line") && !tag.group(4).isEmpty()) {
                name = asPath(attributes);
            } else if (name.equals("path") && attributes.containsKey("d")) {
                attributes.put("d", relative(attributes.get("d")));
            }
            if (name.equals("g") && attributes.isEmpty() && tag.group(4).isEmpty()) {
                // A group without attributes changes nothing: JFreeSVG writes one around every piece of text.
                transforms.push(transform);
                bare.push(true);
                continue;
            }
            if (name.equals("path") && attributes.size() == 1 && tag.group(4).equals("/")) {
                String data = attributes.get("d");
                if (data.equals(lastPath) && xlink) {
                    // JFreeChart fills a marker and then draws its outline: the second time, refer to the first.
                    if (lastPathId == null) {
                        lastPathId = id + "-p" + pathIds++;
                        body.insert(lastPathAt, " id='" + lastPathId + "'");
                    }
                    body.append("<use xlink:href='#").append(lastPathId).append("'/>");
                    continue;
                }
                lastPath = data;
                lastPathId = null;
                lastPathAt = body.length() + "<path".length();
            }
            String style = attributes.remove("style");
            body.append('<').append(name);
            attributes.forEach((key, value) -> body.append(' ').append(key).append("='").append(value).append('\''));
            if (style != null) {
                String styleClass = styleClasses.computeIfAbsent(style,
                        written -> classes.computeIfAbsent(declarations(written), s -> "s" + classes.size()));
                body.append(" class='").append(styleClass).append('\'');
            }
            if (tag.group(4).isEmpty()) {
                transforms.push(transform);
                bare.push(false);
                body.append('>');
            } else {
                body.append("/>");
            }
        }
        body.append(svg, copied, svg.length());
        // Whatever still refers to a clip path keeps it, including anything the tag pattern did not recognise.
        Set<String> usedClips = new TreeSet<>();
        Matcher reference = CLIP_REFERENCE.matcher(body);
        while (reference.find()) {
            usedClips.add(reference.group(1));
        }
        int open = body.indexOf(">") + 1;
        body.insert(open, head(defs, id, classes, usedClips));
        return body.toString();
    }

    /** The style sheet and the definitions {@code defs} without its unused clip paths, to put at the chart's start. */
    private static String head(String defs, String id, Map<String, String> classes, Set<String> usedClips) {
        StringBuilder head = new StringBuilder();
        if (!classes.isEmpty()) {
            head.append("<style>");
            classes.forEach((style, styleClass) -> head.append('#').append(id).append(" .").append(styleClass)
                    .append('{').append(style).append('}'));
            head.append("</style>");
        }
        String used = CLIP_PATH.matcher(defs).replaceAll(clip -> usedClips.contains(clip.group(1)) ? "$0" : "");
        if (!used.isEmpty()) {
            head.append("<defs>").append(used).append("</defs>");
        }
        return head.toString();
    }

    /**
     * Turns the attributes of a {@code <line>} into those of the same line as a {@code <path>}, which a browser draws
     * alike (caps included, even for a line of length zero) in fewer characters, and returns the element's new name;
     * a line whose end points are not all written in hundredths stays a line.
     */
    private static String asPath(Map<String, String> attributes) {
        String x1 = attributes.get("x1");
        String y1 = attributes.get("y1");
        String x2 = attributes.get("x2");
        String y2 = attributes.get("y2");
        if (x1 == null || y1 == null || x2 == null || y2 == null) {
            return "line";
        }
        String data = relative("M" + x1 + "," + y1 + "L" + x2 + "," + y2);
        if (data.startsWith("M" + x1 + "," + y1 + "L")) {
            return "line";
        }
        Map<String, String> path = new LinkedHashMap<>();
        path.put("d", data);
        attributes.forEach((key, value) -> {
            if (!END_POINTS.contains(key)) {
                path.put(key, value);
            }
        });
        attributes.clear();
        attributes.putAll(path);
        return "path";
    }

    /**
     * Path data {@code data} with every segment after the first move written relative to the point before it, and
     * level or plumb lines as {@code h} or {@code v}: the same points in fewer characters, since a marker's curve
     * spans a few units while its absolute coordinates take six digits each. Path data that is not JFreeSVG's
     * ({@code M}, {@code L}, {@code Q}, {@code C}, {@code Z} with coordinates in hundredths) is returned as it is.
     */
    static String relative(String data) {
        // Read by hand rather than with patterns: a chart has hundreds of paths, and this runs for each of them.
        StringBuilder out = new StringBuilder(data.length());
        long[] values = new long[6];
        long x = 0;
        long y = 0;
        long startX = 0;
        long startY = 0;
        int at = 0;
        while (at < data.length()) {
            char command = data.charAt(at++);
            if (command == 'Z') {
                out.append('Z');
                x = startX;
                y = startY;
                continue;
            }
            int arity = switch (command) {
                case 'M', 'L' -> 2;
                case 'Q' -> 4;
                case 'C' -> 6;
                default -> 0;
            };
            if (arity == 0) {
                return data;
            }
            for (int i = 0; i < arity; i++) {
                if (i > 0 && (at >= data.length() || data.charAt(at++) != ',')) {
                    return data;
                }
                int end = endOfHundredths(data, at);
                if (end < 0) {
                    return data;
                }
                values[i] = hundredths(data, at, end);
                at = end;
            }
            long dx = values[arity - 2] - x;
            long dy = values[arity - 1] - y;
            if (out.isEmpty()) {
                out.append('M').append(decimal(values[0])).append(',').append(decimal(values[1]));
            } else if (command == 'L' && dy == 0) {
                out.append('h').append(decimal(dx));
            } else if (command == 'L' && dx == 0) {
                out.append('v').append(decimal(dy));
            } else {
                out.append(Character.toLowerCase(command));
                for (int i = 0; i < arity; i++) {
                    String value = decimal(values[i] - (i % 2 == 0 ? x : y));
                    if (i > 0 && value.charAt(0) != '-') {
                        out.append(',');
                    }
                    out.append(value);
                }
            }
            x = values[arity - 2];
            y = values[arity - 1];
            if (command == 'M') {
                startX = x;
                startY = y;
            }
        }
        return out.isEmpty() ? data : out.toString();
    }

    /** Where a number written {@code -?d{1,9}(.d{1,2})?} starting at {@code from} ends; -1 if none is written there. */
    private static int endOfHundredths(String data, int from) {
        int at = from < data.length() && data.charAt(from) == '-' ? from + 1 : from;
        int digits = at;
        while (at < data.length() && isDigit(data.charAt(at))) {
            at++;
        }
        if (at == digits || at - digits > 9) {
            return -1;
        }
        if (at < data.length() && data.charAt(at) == '.') {
            int decimals = ++at;
            while (at < data.length() && isDigit(data.charAt(at))) {
                at++;
            }
            if (at == decimals || at - decimals > 2) {
                return -1;
            }
        }
        return at < data.length() && (data.charAt(at) == 'E' || data.charAt(at) == 'e') ? -1 : at;
    }

    /** The number written from {@code from} to {@code end}, checked by {@link #endOfHundredths}, in hundredths. */
    private static long hundredths(String data, int from, int end) {
        boolean negative = data.charAt(from) == '-';
        long cents = 0;
        int decimals = -1;
        for (int at = negative ? from + 1 : from; at < end; at++) {
            char c = data.charAt(at);
            if (c == '.') {
                decimals = 0;
            } else {
                cents = cents * 10 + (c - '0');
                decimals = decimals < 0 ? -1 : decimals + 1;
            }
        }
        for (int missing = decimals < 0 ? 2 : 2 - decimals; missing > 0; missing--) {
            cents *= 10;
        }
        return negative ? -cents : cents;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String decimal(long hundredths) {
        return SvgChart.hundredths(hundredths / 100.0);
    }

    /** The declarations of an inline style without the spaces around their punctuation, and without a last ';'. */
    private static String declarations(String style) {
        return SPACES.matcher(style.strip()).replaceAll("$1").replaceFirst(";$", "");
    }

    /** Every clip path made of straight segments, by id. */
    private static Map<String, Path2D> clipPaths(String svg) {
        Map<String, Path2D> clips = new LinkedHashMap<>();
        // JFreeSVG writes its definitions first: no need to look for clip paths in the rest.
        int defs = svg.indexOf("</defs>");
        Matcher clip = CLIP_PATH.matcher(defs < 0 ? "" : svg.substring(0, defs));
        while (clip.find()) {
            Path2D polygon = polygon(clip.group(2));
            if (polygon != null) {
                clips.put(clip.group(1), polygon);
            }
        }
        return clips;
    }

    private static Path2D polygon(String data) {
        Path2D.Double polygon = new Path2D.Double();
        Matcher segment = POLYGON.matcher(data);
        int end = 0;
        while (segment.find() && segment.start() == end) {
            end = segment.end();
            if (segment.group(1) == null) {
                polygon.closePath();
            } else if (segment.group(1).equals("M")) {
                polygon.moveTo(Double.parseDouble(segment.group(2)), Double.parseDouble(segment.group(3)));
            } else {
                polygon.lineTo(Double.parseDouble(segment.group(2)), Double.parseDouble(segment.group(3)));
            }
        }
        return end == data.length() && end > 0 ? polygon : null;
    }

    /** The transform of an element with transform attribute {@code matrix} inside {@code parent}; null if unknown. */
    private static AffineTransform within(AffineTransform parent, String matrix) {
        if (parent == null || matrix == null) {
            return parent;
        }
        Matcher values = MATRIX.matcher(matrix.strip());
        if (!values.matches()) {
            return null;
        }
        String[] v = values.group(1).split(",");
        AffineTransform transform = new AffineTransform(parent);
        transform.concatenate(new AffineTransform(Double.parseDouble(v[0]), Double.parseDouble(v[1]),
                Double.parseDouble(v[2]), Double.parseDouble(v[3]), Double.parseDouble(v[4]), Double.parseDouble(v[5])));
        return transform;
    }

    private static String clipId(String reference) {
        Matcher id = CLIP_REFERENCE.matcher(reference);
        return id.matches() ? id.group(1) : "";
    }

    /** The attributes {@code text} of a tag that {@link #TAG} matched: names, then {@code ='}, values, {@code '}. */
    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        int at = 0;
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            int equals = text.indexOf("='", at);
            if (equals < 0) {
                return attributes;
            }
            int end = text.indexOf('\'', equals + 2);
            attributes.put(text.substring(at, equals), text.substring(equals + 2, end));
            at = end + 1;
        }
    }
}
