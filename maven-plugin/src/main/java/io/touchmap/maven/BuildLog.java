package io.touchmap.maven;

import io.touchmap.report.Outcome;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Where a goal's outcome reaches the build log. In a reactor of several modules every line names its module, so that
 * the lines of modules built at once ({@code mvn -T}) can be told apart; and what is said of a map (its diagnostics
 * and summary) is said once per module and build, so {@code mvn package} does not print it for {@code validate} and
 * again for {@code render}.
 */
final class BuildLog {

    /** The key, in the plugin's context of a module, of what has already been said of its maps. */
    private static final String REPORTED = BuildLog.class.getName() + ".reported";

    private final Log log;
    private final String prefix;
    private final Map<String, Object> context;

    private BuildLog(Log log, String prefix, Map<String, Object> context) {
        this.log = log;
        this.prefix = prefix;
        this.context = context;
    }

    /** The log of a goal in {@code project} of {@code session}; both may be null outside a project. */
    static BuildLog of(Log log, MavenSession session, MavenProject project, Map<?, ?> pluginContext) {
        boolean reactor = session != null && project != null && session.getProjects() != null && session.getProjects().size() > 1;
        @SuppressWarnings("unchecked")
        Map<String, Object> context = (Map<String, Object>) pluginContext;
        return new BuildLog(log, reactor ? "[" + project.getArtifactId() + "] " : "", context);
    }

    /** Logs the lines of {@code outcome}, leaving out what an earlier goal of this build said of the same maps. */
    void write(Outcome outcome) {
        List<Outcome.Line> aboutTheMap = outcome.lines().stream().filter(Outcome.Line::aboutTheMap).toList();
        boolean saidBefore = !aboutTheMap.isEmpty() && !firstTime(aboutTheMap);
        for (Outcome.Line line : outcome.lines()) {
            if (saidBefore && line.aboutTheMap()) {
                continue;
            }
            String text = prefix + line.text();
            switch (line.level()) {
                case INFO -> log.info(text);
                case WARNING -> log.warn(text);
                case ERROR -> log.error(text);
            }
        }
    }

    /** Records the lines said of the maps; false when exactly these were said before in this module's build. */
    private boolean firstTime(List<Outcome.Line> lines) {
        if (context == null) {
            return true;
        }
        synchronized (context) {
            @SuppressWarnings("unchecked")
            Set<List<Outcome.Line>> reported = (Set<List<Outcome.Line>>) context.computeIfAbsent(REPORTED, key -> new HashSet<>());
            return reported.add(lines);
        }
    }
}
