package io.touchmap.render.mermaid;

import io.touchmap.LoadResult;
import io.touchmap.model.Persona;
import io.touchmap.model.TouchpointMap;
import io.touchmap.output.ReportOutput;
import io.touchmap.render.MapFormat;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.Written;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The map as Mermaid {@code journey} diagrams, next to the site: {@code <map id>.mmd} for the whole map and
 * {@code <map id>-<persona id>.mmd} for each persona: the {@code mermaid} format.
 */
public final class MermaidFormat implements MapFormat {

    /** The extension of a Mermaid file. */
    public static final String EXTENSION = ".mmd";

    @Override
    public String name() {
        return "mermaid";
    }

    @Override
    public Written render(LoadResult result, ReportSettings settings, ReportOutput output) throws IOException {
        TouchpointMap map = result.map();
        String noScore = settings.labels(map.info().locale()).get("diff.journey.noScore");
        String base = fileName(map.info().id() == null ? "map" : map.info().id());
        List<String> files = new ArrayList<>();
        String main = base + EXTENSION;
        output.write(main, MermaidJourney.of(map, noScore).text());
        files.add(main);
        for (Persona persona : map.personas()) {
            if (persona.id() == null) {
                continue;
            }
            String file = base + "-" + fileName(persona.id()) + EXTENSION;
            if (!files.contains(file)) {
                output.write(file, MermaidJourney.of(map, persona, noScore).text());
                files.add(file);
            }
        }
        return new Written(name(), files, main, "wrote " + files.size() + " Mermaid journey "
                + (files.size() == 1 ? "diagram" : "diagrams") + ": {0}", List.of());
    }

    /** An id as a file name: letters, digits, dots, dashes and underscores kept, anything else a dash. */
    static String fileName(String id) {
        String name = id.replaceAll("[^A-Za-z0-9._-]", "-");
        return name.startsWith(".") ? "-" + name.substring(1) : name;
    }
}
