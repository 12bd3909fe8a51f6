package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar leaves application.properties out (found in the jar, it costs every start ~60 ms), and
 * still runs with the settings it holds, compiled in at build time: Quarkus's own messages go to stderr, at
 * WARN and above, in corpuslint's format.
 */
class PackagedStartupIT {
    private static final Path APP = Path.of(System.getProperty("corpuslint.app"));

    @Test
    void theJarHasNoApplicationProperties() throws Exception {
        try (JarFile jar = new JarFile(APP.toFile())) {
            assertNull(jar.getEntry("application.properties"));
            assertTrue(jar.getManifest().getMainAttributes().getValue("Main-Class").startsWith("io.quarkus"),
                    "the uber-jar runs through Quarkus's main");
        }
    }

    @Test
    void theSettingsStillApply() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.corpuslint-test-unknown-key=1", "-jar", APP.toString(), "--version")).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        assertTrue(out.matches("corpuslint \\S+\\R"), "stdout is the version alone: " + out);
        // The unknown key draws Quarkus's warning: on stderr, in the configured format. The start-up INFO
        // line ("started in …") would show if the WARN level had been lost.
        assertTrue(err.contains("corpuslint: WARN  Unrecognized configuration key \"quarkus.corpuslint-test-unknown-key\""), err);
        assertTrue(err.lines().noneMatch(l -> l.contains("INFO")), err);
    }
}
