package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Composing a file into nodes: what the nodes keep of it. */
class YamlSourceTest {

    @Test
    void aNodeFarIntoALongFileKnowsItsLineAndColumnWithoutHoldingTheFilesText() {
        StringBuilder text = new StringBuilder("touchpoints:\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("  - id: tp-").append(i).append('\n');
        }
        Reporter out = new Reporter(Path.of("."));
        List<Node> documents = YamlSource.compose(Path.of("map.yaml"), text.toString(), Limits.DEFAULT, out);

        SequenceNode touchpoints = (SequenceNode) ((MappingNode) documents.get(0)).getValue().get(0).getValueNode();
        Mark last = ((MappingNode) touchpoints.getValue().get(4_999)).getValue().get(0).getValueNode().getStartMark();
        assertEquals(List.of(), out.diagnostics());
        assertEquals(new Location(Path.of("map.yaml"), 5_001, 9), YamlSource.location(Path.of("map.yaml"), last));
        // SnakeYAML's own marks each kept the window of text read when they were taken: a whole file, in the end
        assertEquals(0, last.getBuffer().length);
    }
}
