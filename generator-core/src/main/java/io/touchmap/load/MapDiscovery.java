package io.touchmap.load;

import io.touchmap.diagnostic.Reporter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Tells a folder of several maps from one map, by reading the YAML files with the loader's reader and limits. A
 * source is a collection when it holds no YAML file of its own and every one of its sub-folders that holds YAML
 * declares a map ({@code map:} at the top level of one of its files); otherwise it is one map, perhaps split into
 * folders.
 */
public final class MapDiscovery {

    /** What reading a folder's files says about it. */
    private enum Declares {
        YES, NO, UNKNOWN
    }

    private MapDiscovery() {
    }

    /**
     * The folders of {@code source} that each hold a map, sorted by name, when the source is a collection; empty when
     * it is a single map. A folder whose files cannot all be read as YAML counts as a map when none of its files says
     * otherwise, so that its own problems are reported on its own.
     */
    public static List<String> collectionFolders(MapSource source, Limits limits) {
        if (source.absence().isPresent()) {
            return List.of();
        }
        Map<String, List<SourceFile>> folders = new LinkedHashMap<>();
        for (SourceFile file : source.files()) {
            if (!file.isYaml()) {
                continue;
            }
            int slash = file.path().indexOf('/');
            if (slash < 0) {
                return List.of();
            }
            folders.computeIfAbsent(file.path().substring(0, slash), folder -> new ArrayList<>()).add(file);
        }
        List<String> maps = new ArrayList<>();
        for (Map.Entry<String, List<SourceFile>> folder : folders.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            if (declaresMap(source, folder.getValue(), limits) == Declares.NO) {
                return List.of();
            }
            maps.add(folder.getKey());
        }
        return maps;
    }

    private static Declares declaresMap(MapSource source, List<SourceFile> files, Limits limits) {
        Declares answer = Declares.NO;
        for (SourceFile file : files) {
            Reporter ignored = new Reporter(source.root());
            String text = file.readable() ? YamlSource.readText(source, file, limits, ignored, new ArrayList<>()) : null;
            List<Node> documents = text == null ? List.of() : YamlSource.compose(source.pathOf(file), text, limits, ignored);
            if (documents.stream().anyMatch(MapDiscovery::hasMapKey)) {
                return Declares.YES;
            }
            if (!ignored.diagnostics().isEmpty() || text == null) {
                answer = Declares.UNKNOWN;
            }
        }
        return answer;
    }

    private static boolean hasMapKey(Node document) {
        if (document instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("map")) {
                    return true;
                }
            }
        }
        return false;
    }
}
