package io.touchmap.internal.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The directives as HotSpot reads them, in this test's JVM (started without compiler options), then taken back. */
class QuickCompilerTest {

    @Test
    void hotSpotKeepsEveryMethodFromTheOptimisingCompiler() throws Exception {
        assertEquals(List.of("*.*"), addedThenRemoved(QuickCompiler.EVERY_METHOD));
    }

    @Test
    void aGoalKeepsOnlyTouchmapAndItsLibrariesFromTheOptimisingCompiler() throws Exception {
        assertEquals(List.of("freemarker/*.*", "io/touchmap/*.*", "org/apache/fontbox/*.*", "org/apache/pdfbox/*.*",
                "org/jfree/*.*", "org/yaml/snakeyaml/*.*"), addedThenRemoved(QuickCompiler.TOUCHMAP_AND_ITS_LIBRARIES));
    }

    /** What the top directive matches once {@code matches} are added, sorted; the directive is removed again. */
    private static List<String> addedThenRemoved(List<String> matches) throws Exception {
        assertTrue(QuickCompiler.add(matches), "added");
        try {
            // the directives from the top of Java's stack down, each starting with "Directive:"; the added one first
            String first = command("compilerDirectivesPrint").split("Directive:")[1];
            assertTrue(first.replaceAll("\\s+", " ").contains("c2 directives: inline: - Enable:true Exclude:true "), first);
            String matching = first.lines().filter(line -> line.startsWith(" matching: ")).findFirst().orElseThrow();
            return Arrays.stream(matching.substring(" matching: ".length()).split(", ")).sorted().toList();
        } finally {
            command("compilerDirectivesRemove");
        }
    }

    private static String command(String name) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                name, new Object[] {null}, new String[] {String[].class.getName()}));
    }
}
