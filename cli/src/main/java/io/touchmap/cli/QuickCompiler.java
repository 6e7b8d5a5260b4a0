package io.touchmap.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Keeps a short command to Java's quick compiler when it was started with {@code java -jar}, as the {@code touchmap}
 * launcher does with {@code -XX:TieredStopAtLevel=1}.
 *
 * <p>A command is a short batch job: most of it runs before the optimising compiler (C2) pays back its work, and on
 * two cores C2's threads take half the processor time of a 500-sheet PDF from the render itself. A running JVM cannot
 * change its compilation levels, but it takes compiler directives (what {@code jcmd <pid> Compiler.directives_add}
 * does): one that excludes every method from C2 leaves hot methods to the quick compiler's code without profiling.
 * Nothing is changed when the JVM's compilers were chosen on its command line ({@code -XX:TieredStopAtLevel},
 * {@code -XX:-TieredCompilation}, diagnostic options such as a directives file, {@code -Xint}), nor where Java offers no such directives: the
 * command then runs as started.
 */
final class QuickCompiler {

    /** Every method excluded from the optimising compiler. */
    static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private QuickCompiler() {
    }

    /**
     * Adds the directive on a thread of its own, so that the command's start does not wait for Java's management
     * classes, unless the JVM's compilers were chosen when it started.
     */
    static void forShortCommand() {
        Thread thread = new Thread(QuickCompiler::apply, "touchmap-compiler");
        thread.setDaemon(true);
        thread.start();
    }

    /** True if the directive was added; false if the JVM's compilers were chosen at its start, or cannot be told. */
    static boolean apply() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (chosen(hotSpot, "TieredStopAtLevel") || chosen(hotSpot, "TieredCompilation")
                    || chosen(hotSpot, "UnlockDiagnosticVMOptions") || !hotSpot.getVMOption("UseCompiler").getValue().equals("true")
                    || !hotSpot.getVMOption("TieredStopAtLevel").getValue().equals("4")) {
                return false;
            }
            Path file = Files.createTempFile("touchmap-compiler-", ".json");
            try {
                Files.writeString(file, DIRECTIVE, StandardCharsets.US_ASCII);
                Object added = ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
                return String.valueOf(added).startsWith("1 ");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            // not HotSpot, no java.management module, or no temporary folder: the command runs as started
            return false;
        }
    }

    private static boolean chosen(HotSpotDiagnosticMXBean hotSpot, String flag) {
        VMOption option = hotSpot.getVMOption(flag);
        return option.getOrigin() != VMOption.Origin.DEFAULT && option.getOrigin() != VMOption.Origin.ERGONOMIC;
    }
}
