package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.BuiltInRules;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * GraalVM cannot be installed here, so the native build is kept correct by checking its inputs: every
 * resource read at run time is included, and all charsets are compiled in.
 */
class NativeConfigTest {
    @Test
    void nativeImageIncludesTheResourcesAndCharsetsReadAtRunTime() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NativeConfigTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String includes = properties.getProperty("quarkus.native.resources.includes", "");
        assertTrue(includes.contains("dev/corpuslint/rules/docs/*.md"), includes);
        assertTrue(includes.contains("corpuslint-version.properties"), includes);
        // The bundled rule packs and their index are read as resources when the rules are built.
        assertTrue(includes.contains("dev/corpuslint/rules/packs/*"), includes);
        assertTrue(Boolean.parseBoolean(properties.getProperty("quarkus.native.add-all-charsets")));
        for (var pack : BuiltInRules.BUNDLED_PACKS) {
            assertTrue(pack.origin().matches("packs/[^/]+\\.yaml"), pack.origin());
        }
    }
}
