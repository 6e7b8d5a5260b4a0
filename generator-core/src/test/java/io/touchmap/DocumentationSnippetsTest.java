package io.touchmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of {@code README.md} and {@code docs/*.md} compiles against Touchmap as it is, so the
 * documentation never shows an API that does not exist.
 *
 * <p>The convention for snippets: a block that starts with {@code package} or {@code import} is a complete source file
 * and is compiled as written. A block that starts with a type declaration ({@code class}, {@code record},
 * {@code interface}, {@code enum}, or {@code public}/{@code final} before one) gets the common imports below in front
 * of it. Any other block is a fragment: it becomes the body of a method that may throw any exception, in a class with
 * the common imports, so it may use {@code Touchmap}, {@code Path} or {@code Files} without importing them. The common
 * imports are every type of {@code java.io}, {@code java.nio.file}, {@code java.time}, {@code java.util} and
 * {@code java.util.stream}, and of the packages of Touchmap's API listed in {@link #IMPORTED_PACKAGES}.
 */
class DocumentationSnippetsTest {

    private static final Path ROOT = Path.of("..");

    static final List<String> IMPORTED_PACKAGES = List.of("java.io", "java.nio.file", "java.time", "java.util",
            "java.util.stream", "io.touchmap", "io.touchmap.diagnostic", "io.touchmap.load", "io.touchmap.model",
            "io.touchmap.output", "io.touchmap.render", "io.touchmap.render.html", "io.touchmap.render.pdf", "io.touchmap.diff");

    private static final Pattern OPENING_FENCE = Pattern.compile("(\\s*)```java\\s*");
    private static final Pattern CLOSING_FENCE = Pattern.compile("\\s*```\\s*");
    private static final Pattern TYPE_NAME = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern COMPLETE_FILE = Pattern.compile("(?s)(?:package|import)\\s.*");
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "(?s)(?:(?:public|final|abstract|sealed)\\s+)*(?:class|record|interface|enum)\\s.*");

    @TempDir
    Path classes;

    /** A {@code ```java} block: where it starts in which file, and its text. */
    record Snippet(Path file, int line, String code) {
        @Override
        public String toString() {
            return ROOT.relativize(file) + ":" + line;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetOfTheDocumentationCompiles() throws IOException {
        List<Snippet> snippets = snippets();
        assertFalse(snippets.isEmpty(), "no ```java block found in README.md or docs/*.md under " + ROOT.toAbsolutePath());
        return snippets.stream().map(snippet -> DynamicTest.dynamicTest(snippet.toString(), () -> assertCompiles(snippet)));
    }

    private static List<Snippet> snippets() throws IOException {
        List<Path> files = new ArrayList<>();
        Path readme = ROOT.resolve("README.md");
        assertTrue(Files.isRegularFile(readme), readme.toAbsolutePath() + " is missing");
        files.add(readme);
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Snippet> snippets = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher opening = OPENING_FENCE.matcher(lines.get(i));
                if (!opening.matches()) {
                    continue;
                }
                String indent = opening.group(1);
                StringBuilder code = new StringBuilder();
                int j = i + 1;
                for (; j < lines.size() && !CLOSING_FENCE.matcher(lines.get(j)).matches(); j++) {
                    String line = lines.get(j);
                    code.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
                }
                assertTrue(j < lines.size(), file + ":" + (i + 1) + ": the ```java block is never closed");
                snippets.add(new Snippet(file, i + 2, code.toString()));
                i = j;
            }
        }
        return snippets;
    }

    private void assertCompiles(Snippet snippet) throws IOException {
        String code = snippet.code().strip();
        String imports = IMPORTED_PACKAGES.stream().map(p -> "import " + p + ".*;").reduce("", (a, b) -> a + b) + "\n";
        String source;
        String typeName;
        int linesBefore;
        if (COMPLETE_FILE.matcher(code).matches()) {
            source = snippet.code();
            typeName = firstTypeName(code);
            linesBefore = 0;
        } else if (TYPE_DECLARATION.matcher(code).matches()) {
            source = imports + snippet.code();
            typeName = firstTypeName(code);
            linesBefore = 1;
        } else {
            source = imports + "class Snippet {\nvoid run() throws Exception {\n" + snippet.code() + "}\n}\n";
            typeName = "Snippet";
            linesBefore = 3;
        }

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertNotNull(compiler, "no Java compiler in this JVM: run the tests on a JDK");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                "-proc:none", "-implicit:none", "-Xlint:none");
        boolean compiled;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            compiled = compiler.getTask(null, files, diagnostics, options, null, List.of(new Source(typeName, source))).call();
        }

        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                long line = d.getLineNumber() - linesBefore + snippet.line() - 1;
                errors.add(ROOT.relativize(snippet.file()) + ":" + line + ": " + d.getMessage(Locale.ROOT));
            }
        }
        assertEquals(List.of(), errors, "the ```java block at " + snippet + " does not compile against Touchmap's API;"
                + " correct the snippet (or the API it shows)");
        assertTrue(compiled, "the ```java block at " + snippet + " does not compile");
    }

    private static String firstTypeName(String code) {
        Matcher type = TYPE_NAME.matcher(code);
        return type.find() ? type.group(1) : "Snippet";
    }

    /** A source file held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String typeName, String code) {
            super(URI.create("string:///" + typeName + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
