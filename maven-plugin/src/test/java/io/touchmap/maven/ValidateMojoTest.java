package io.touchmap.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {

    @Test
    void theSarifLogIsWrittenBeforeAnInvalidMapFailsTheBuild(@TempDir Path project) throws Exception {
        Path map = Files.createDirectories(project.resolve("src/touchmap"));
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: shop, title: Shop }
                stages: [{ id: buy, name: Buy, phase: purchase }]
                channels: [{ id: store, name: Store, type: analog }]
                touchpoints: [{ id: till, name: Till, stage: buy, channel: shop }]
                """);
        ValidateMojo mojo = new ValidateMojo();
        mojo.baseDirectory = project.toFile();
        mojo.sourceDirectory = map.toFile();
        mojo.sarif = project.resolve("target/touchmap/touchmap.sarif").toFile();

        assertThrows(MojoFailureException.class, mojo::execute);

        String sarif = Files.readString(mojo.sarif.toPath());
        assertTrue(sarif.contains("\"ruleId\": \"TM106\""), sarif);
        assertTrue(sarif.contains("\"uri\": \"src/touchmap/map.yaml\",\n                  \"uriBaseId\": \"%SRCROOT%\""), sarif);
    }
}
