package io.touchmap.internal.jvm;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps a short run of Touchmap to Java's quick compiler, as {@code -XX:TieredStopAtLevel=1} does, in a JVM that was
 * not started with it: {@code java -jar}, or Maven with its default options.
 *
 * <p>A command or a goal is a short batch job: most of it runs before the optimising compiler (C2) pays back its
 * work, and on two cores C2's threads take half the processor time of a 500-sheet PDF from the render itself. A
 * running JVM cannot change its compilation levels, but it takes compiler directives (what
 * {@code jcmd <pid> Compiler.directives_add} does): one that excludes methods from C2 leaves them to the quick
 * compiler's code without profiling. Nothing is changed when the JVM's compilers were chosen on its command line
 * ({@code -XX:TieredStopAtLevel}, {@code -XX:-TieredCompilation}, diagnostic options such as a directives file,
 * {@code -Xint}), nor where Java offers no such directives: the run then goes on as started.
 */
public final class QuickCompiler {

    /** Every method: the JVM runs one command and ends. */
    public static final List<String> EVERY_METHOD = List.of("*.*");

    /**
     * Touchmap's own classes and those of the libraries its render spends its time in: what a Maven goal runs, in a
     * JVM whose other work (long compiles, tests) C2 pays back. A method kept from C2 stays so for the JVM's life.
     */
    public static final List<String> TOUCHMAP_AND_ITS_LIBRARIES = List.of("io/touchmap/*.*", "org/yaml/snakeyaml/*.*",
            "org/apache/pdfbox/*.*", "org/apache/fontbox/*.*", "org/jfree/*.*", "freemarker/*.*");

    /** Whether a directive was given already: once per JVM, however many modules of a build run a goal. */
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private QuickCompiler() {
    }

    /**
     * Keeps the methods that {@code matches} (HotSpot's patterns, {@code package/Class.method} with {@code *} at either
     * end) from C2, on a thread of its own, so that the run does not wait for Java's management classes,
     * unless the JVM's compilers were chosen when it started, or a directive was given already (Java keeps a few
     * dozen at most).
     */
    public static void start(List<String> matches) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> add(matches), "touchmap-compiler");
        thread.setDaemon(true);
        thread.start();
    }

    /** True if the directive was added; false if the JVM's compilers were chosen at its start, or cannot be told. */
    static boolean add(List<String> matches) {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (chosen(hotSpot, "TieredStopAtLevel") || chosen(hotSpot, "TieredCompilation")
                    || chosen(hotSpot, "UnlockDiagnosticVMOptions") || !hotSpot.getVMOption("UseCompiler").getValue().equals("true")
                    || !hotSpot.getVMOption("TieredStopAtLevel").getValue().equals("4")) {
                return false;
            }
            // the management server first: it takes longest to start, and the command may end meanwhile
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName diagnostics = new ObjectName("com.sun.management:type=DiagnosticCommand");
            Path file = Files.createTempFile("touchmap-compiler-", ".json");
            try {
                // a command that ends while Java reads the file leaves nothing behind
                file.toFile().deleteOnExit();
                Files.writeString(file, directive(matches), StandardCharsets.US_ASCII);
                Object added = server.invoke(diagnostics, "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                        new String[] {String[].class.getName()});
                return String.valueOf(added).startsWith("1 ");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            // not HotSpot, no java.management module, or no temporary folder: the run goes on as started
            return false;
        }
    }

    /** The directive, in the JSON form HotSpot reads, that excludes the methods {@code matches} from C2. */
    private static String directive(List<String> matches) {
        return matches.stream().map(match -> '"' + match + '"').collect(Collectors.joining(", ", "[{match: [", "], c2: {Exclude: true}}]"));
    }

    private static boolean chosen(HotSpotDiagnosticMXBean hotSpot, String flag) {
        VMOption option = hotSpot.getVMOption(flag);
        return option.getOrigin() != VMOption.Origin.DEFAULT && option.getOrigin() != VMOption.Origin.ERGONOMIC;
    }
}
