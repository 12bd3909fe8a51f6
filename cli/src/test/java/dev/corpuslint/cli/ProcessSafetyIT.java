package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safety that needs real processes: two fixers at once on one tree, and a file the process may not read. */
class ProcessSafetyIT {
    private static final Path EXAMPLES = Path.of(System.getProperty("corpuslint.root"), "examples/corpus");

    @TempDir
    Path dir;

    private static List<String> corpuslint(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("corpuslint.app")));
        command.addAll(List.of(args));
        return command;
    }

    private static String run(List<String> command, Path workDir) throws Exception {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }

    /** The five seeds copied {@code copies} times into {@code tree}. */
    private static void seedTree(Path tree, int copies) throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            seeds = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (int i = 0; i < copies; i++) {
            Path sub = Files.createDirectories(tree.resolve("copy" + i));
            for (Path seed : seeds) {
                Files.copy(seed, sub.resolve(seed.getFileName()));
            }
        }
    }

    private static Map<String, String> contents(Path tree) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(tree.relativize(f).toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    @Test
    void twoFixProcessesOnOneTreeNeitherCorruptNorSilentlyUndoEachOther() throws Exception {
        // Two fixers that change different things: the encoding family's safe fixes, and boilerplate removal.
        // A lost update (one process renaming its result over the other's, both believing they succeeded) would
        // leave a file with only one of the two changes, which is exactly what the last assertion looks for.
        Path configs = Files.createDirectories(dir.resolve("configs"));
        Path encodingOnly = Files.writeString(configs.resolve("a.yaml"), "select: [encoding]\nlearning: {enabled: false}\n");
        Path boilerplateOnly = Files.writeString(configs.resolve("b.yaml"), "select: [boilerplate]\nlearning: {enabled: false}\n");
        List<String> a = List.of("fix", "--no-cache", "--config", encodingOnly.toString());
        List<String> b = List.of("fix", "--no-cache", "--unsafe-fixes", "--config", boilerplateOnly.toString());
        Path original = dir.resolve("original");
        seedTree(original, 40);

        // The tree after each fixer alone and after both in either order, run one after the other.
        Map<String, String> before = contents(original);
        List<Map<String, String>> results = new ArrayList<>();
        for (List<List<String>> order : List.of(List.of(a), List.of(b), List.of(a, b), List.of(b, a))) {
            Path copy = dir.resolve("sequential" + results.size());
            TestFiles.copyTree(original, copy);
            for (List<String> fix : order) {
                List<String> args = new ArrayList<>(fix);
                args.add(copy.toString());
                run(corpuslint(args.toArray(String[]::new)), dir);
            }
            results.add(contents(copy));
        }
        Map<String, String> aOnly = results.get(0);
        Map<String, String> bOnly = results.get(1);

        Path shared = dir.resolve("shared");
        TestFiles.copyTree(original, shared);
        List<String> argsA = new ArrayList<>(a);
        argsA.add(shared.toString());
        List<String> argsB = new ArrayList<>(b);
        argsB.add(shared.toString());
        Process pa = new ProcessBuilder(corpuslint(argsA.toArray(String[]::new))).redirectErrorStream(true).start();
        Process pb = new ProcessBuilder(corpuslint(argsB.toArray(String[]::new))).redirectErrorStream(true).start();
        String outA = new String(pa.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String outB = new String(pb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        pa.waitFor();
        pb.waitFor();

        // Each fixer either saw the other's result (the file ends with both changes), or wrote first, or read the
        // file before the other's write and then found it changed (and said so), or had nothing to change in
        // what it read. A lost update is a file left with one fixer's changes while the other one, which had
        // changes to make, reported none of this.
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : contents(shared).entrySet()) {
            String file = e.getKey();
            String result = e.getValue();
            if (file.contains(".corpuslint-")) {
                problems.add("temporary file left: " + file);
                continue;
            }
            boolean conflictA = outA.lines().anyMatch(l -> l.contains(file) && l.contains("changed on disk"));
            boolean conflictB = outB.lines().anyMatch(l -> l.contains(file) && l.contains("changed on disk"));
            boolean aHadNothing = aOnly.get(file).equals(before.get(file));
            boolean bHadNothing = bOnly.get(file).equals(before.get(file));
            boolean fine = result.equals(results.get(2).get(file)) || result.equals(results.get(3).get(file))
                    || (result.equals(aOnly.get(file)) && (bHadNothing || conflictB))
                    || (result.equals(bOnly.get(file)) && (aHadNothing || conflictA))
                    || (result.equals(before.get(file)) && (aHadNothing || conflictA) && (bHadNothing || conflictB));
            if (!fine) {
                problems.add(file + ": a state no sequence of the two fixers explains (a lost update or a corrupt file)");
            }
        }
        assertEquals(List.of(), problems, outA + "\n" + outB);
    }

    /**
     * corpuslint with {@code args} as {@code nobody} when the tests run as root, who may read and write
     * everything. The application is copied into the (world-readable) temporary directory first: the
     * checkout may sit under a directory only root can enter, such as /root.
     */
    private List<String> unprivileged(String... args) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return corpuslint(args);
        }
        Path copy = dir.resolve("corpuslint.jar");
        if (!Files.exists(copy)) {
            Files.copy(Path.of(System.getProperty("corpuslint.app")), copy);
        }
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", copy.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void aReadOnlyFileIsNotFixedAndSaysWhy() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(tree, PosixFilePermissions.fromString("rwxrwxrwx"));
        String text = "---\ntitle: t\n---\ntext \n";
        Path file = Files.writeString(tree.resolve("a.md"), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Process p = new ProcessBuilder(unprivileged("fix", "--no-cache", file.toString()))
                .directory(tree.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), output);
        assertTrue(output.contains("a.md: error: not fixed: permission denied"), output);
        assertEquals(text, Files.readString(file));
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreChecked() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(tree, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path readable = Files.writeString(tree.resolve("readable.md"), "---\ntitle: t\n---\ntext   \n");
        Path secret = Files.writeString(tree.resolve("secret.md"), "---\ntitle: t\n---\ntext\n");
        Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Process p = new ProcessBuilder(unprivileged("check", "--no-cache", tree.toString())).directory(tree.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), output);
        assertTrue(output.contains("secret.md: error: permission denied"), output);
        assertTrue(output.contains("readable.md:4:5: EN006"), "the readable file is still checked: " + output);
    }
}
