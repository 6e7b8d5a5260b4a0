package io.touchmap.load;

import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Words;
import io.touchmap.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into position-carrying nodes, safely: strict UTF-8, no object construction at all, only the
 * standard tags, bounded size, nesting and aliases. Problems become diagnostics, never exceptions.
 */
final class YamlSource {

    /** The tags a map may carry; any other (global {@code !!java…} or local {@code !x}) is refused. */
    private static final Set<Tag> STANDARD_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

    private YamlSource() {
    }

    /**
     * Every scalar resolves to text: the format says which fields are numbers and the reader parses them, so YAML
     * 1.1 surprises ({@code no} as false, {@code 0777} as octal, dates) never happen, and no time is spent on them.
     */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
        }
    }

    /**
     * The text of {@code file} of {@code source}, decoded as strict UTF-8 with a leading BOM dropped, or null after
     * reporting why not; never reads more than the limit of one file. The file and a digest of its bytes are added
     * to {@code inputs}.
     */
    static String readText(MapSource source, SourceFile file, Limits limits, Reporter out, List<InputFile> inputs) {
        byte[] bytes = readBytes(source, file, limits, out, inputs);
        return bytes == null ? null : decode(source.pathOf(file), bytes, out);
    }

    /**
     * The bytes of {@code file} of {@code source}, or null after reporting why not; never reads more than the limit of
     * one file. The file and a digest of its bytes are added to {@code inputs}.
     */
    static byte[] readBytes(MapSource source, SourceFile file, Limits limits, Reporter out, List<InputFile> inputs) {
        Path path = source.pathOf(file);
        Location whole = Location.of(path);
        byte[] bytes;
        try {
            long size = file.size();
            if (size <= limits.maxFileBytes()) {
                try (InputStream in = source.open(file)) {
                    bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8));
                }
                size = bytes.length;
            } else {
                bytes = null;
            }
            if (size > limits.maxFileBytes()) {
                out.report(DiagnosticText.FILE_TOO_LARGE, whole, size, limits.maxFileBytes());
                return null;
            }
        } catch (IOException e) {
            out.report(DiagnosticText.UNREADABLE_FILE, whole, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return null;
        }
        inputs.add(new InputFile(path, InputFile.digestOf(bytes)));
        return bytes;
    }

    /** {@code bytes} decoded as strict UTF-8 with a leading BOM dropped, or null after reporting why they are not UTF-8. */
    static String decode(Path file, byte[] bytes, Reporter out) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            out.report(DiagnosticText.UTF16, new Location(file, 1, 1));
            return null;
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(input).toString();
        } catch (MalformedInputException e) {
            int offset = input.position();
            out.report(DiagnosticText.INVALID_BYTE, positionOfByte(file, bytes, start, offset), String.format("%02X", bytes[offset] & 0xFF));
            return null;
        } catch (CharacterCodingException e) {
            out.report(DiagnosticText.NOT_UTF8, new Location(file, 1, 1));
            return null;
        }
    }

    static Location positionOfByte(Path file, byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    /** The documents of {@code text}, or an empty list after reporting why the file cannot be read as YAML. */
    static List<Node> compose(Path file, String text, Limits limits, Reporter out) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by the reader, with both positions
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        List<Node> documents = new ArrayList<>();
        try {
            Composer composer = new TagCheckingComposer(new ParserImpl(new PositionReader(text), options), options);
            while (composer.checkNode()) {
                Node node = composer.getNode();
                if (node != null) {
                    documents.add(node);
                }
            }
        } catch (ForbiddenTag e) {
            out.report(DiagnosticText.FORBIDDEN_TAG, location(file, e.at), asWritten(e.tag));
            return List.of();
        } catch (MarkedYAMLException e) {
            out.report(YamlSyntax.explain(file, text, e));
            return List.of();
        } catch (ReaderException e) {
            Location at = positionOfChar(file, text, e.getPosition());
            out.report(DiagnosticText.CONTROL_CHARACTER, at, String.format("%04X", e.getCodePoint()));
            return List.of();
        } catch (YAMLException e) {
            out.report(limitExceeded(e, new Location(file, 1, 1), limits));
            return List.of();
        } catch (StackOverflowError e) {
            out.report(DiagnosticText.STACK_TOO_DEEP, new Location(file, 1, 1), limits.maxDepth());
            return List.of();
        }
        return documents;
    }

    /**
     * SnakeYAML's reader, but its marks keep only their position. SnakeYAML's keep the window of the text the reader
     * held when each was taken, to quote the line in a message; the reader takes a new window every thousand
     * characters, so a file's nodes held all of its windows, four bytes a character, for as long as they lived.
     * Touchmap quotes from the file's text instead (see {@link YamlSyntax}).
     */
    private static final class PositionReader extends StreamReader {
        private static final int[] NO_TEXT = {};

        /** The last mark made: half of the scanner's requests are for the place of the last one; marks never change. */
        private Mark last;

        PositionReader(String text) {
            super(text);
        }

        @Override
        public Mark getMark() {
            if (last == null || last.getIndex() != getIndex()) {
                last = new Mark("'string'", getIndex(), getLine(), getColumn(), NO_TEXT, 0);
            }
            return last;
        }
    }

    /**
     * A composer that refuses any tag but the standard ones as it meets each node, before composing it (so the first
     * in the file is the one reported): a node without a tag, or with the non-specific {@code !}, resolves to text, a
     * list or a mapping, which are standard. Aliases are not composed again, so each node is looked at once.
     */
    private static final class TagCheckingComposer extends Composer {

        TagCheckingComposer(ParserImpl parser, LoaderOptions options) {
            super(parser, new TextResolver(), options);
        }

        @Override
        protected Node composeScalarNode(String anchor, List<CommentLine> blockComments) {
            check(((ScalarEvent) parser.peekEvent()).getTag());
            return super.composeScalarNode(anchor, blockComments);
        }

        @Override
        protected Node composeSequenceNode(String anchor) {
            check(((CollectionStartEvent) parser.peekEvent()).getTag());
            return super.composeSequenceNode(anchor);
        }

        @Override
        protected Node composeMappingNode(String anchor) {
            check(((CollectionStartEvent) parser.peekEvent()).getTag());
            return super.composeMappingNode(anchor);
        }

        private void check(String tag) {
            if (tag != null && !tag.equals("!") && !STANDARD_TAGS.contains(new Tag(tag))) {
                throw new ForbiddenTag(parser.peekEvent().getStartMark(), tag);
            }
        }
    }

    /** The first node whose tag is not a standard one, where it starts. */
    private static final class ForbiddenTag extends RuntimeException {
        private final transient Mark at;
        private final String tag;

        ForbiddenTag(Mark at, String tag) {
            super(tag, null, false, false);
            this.at = at;
            this.tag = tag;
        }
    }

    /** Where the parser's {@code mark} is in {@code file}, 1-based; the file's start when there is no mark. */
    static Location location(Path file, Mark mark) {
        return mark == null ? new Location(file, 1, 1) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A limit of the parser reached, named as the limit it is. */
    private static Diagnostic limitExceeded(YAMLException e, Location at, Limits limits) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("aliases")) {
            return DiagnosticText.TOO_MANY_ALIASES.at(at, limits.maxAliases());
        }
        if (message.contains("depth") || message.contains("Nesting")) {
            return DiagnosticText.NESTED_TOO_DEEPLY.at(at, limits.maxDepth());
        }
        if (message.contains("code points")) {
            return DiagnosticText.TOO_MANY_CHARACTERS.at(at, limits.maxFileBytes());
        }
        return DiagnosticText.UNREADABLE_YAML.at(at, message);
    }

    /** A tag as a person writes it: {@code !!javax.script.ScriptEngineManager} rather than its full URI. */
    private static String asWritten(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static Location positionOfChar(Path file, String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(file, line, column);
    }
}
