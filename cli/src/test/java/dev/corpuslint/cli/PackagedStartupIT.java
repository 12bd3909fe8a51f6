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

    /**
     * The JDK's AOT cache leaves out linked classes older than Java 6, as picocli's were (Java 5): the build
     * re-emits them with stack map frames (cli/src/build/UpgradeClassFiles.java).
     */
    @Test
    void noClassFileInTheJarIsTooOldForTheAotCache() throws Exception {
        List<String> old = new java.util.ArrayList<>();
        int picocli = 0;
        try (JarFile jar = new JarFile(APP.toFile())) {
            for (var entries = jar.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                if (!entry.getName().endsWith(".class") || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                byte[] head = jar.getInputStream(entry).readNBytes(8);
                int major = ((head[6] & 0xff) << 8) | (head[7] & 0xff);
                if (major < 50) {
                    old.add(entry.getName() + " (" + major + ")");
                }
                if (entry.getName().startsWith("picocli/")) {
                    picocli++;
                }
            }
        }
        assertTrue(picocli > 100, "picocli is in the jar: " + picocli);
        // Rewriting the jar keeps the permissions Quarkus gave it (a temporary file is owner-only).
        assertTrue(java.nio.file.Files.getPosixFilePermissions(APP).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                java.nio.file.Files.getPosixFilePermissions(APP).toString());
        assertTrue(old.isEmpty(), old.size() + " class files older than Java 6, e.g. " + old.subList(0, Math.min(3, old.size())));
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
