package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The packs shipped in the jar, listed in {@code packs/index.txt} (a resource list rather than a directory
 * scan, which a native image cannot do). A broken bundled pack is a bug in corpuslint: it fails loudly, and
 * BundledPacksTest loads every pack so such a bug never ships.
 */
public final class BundledPacks {
    private BundledPacks() {}

    /**
     * Loads every bundled pack; {@code taken} holds the built-in rules' codes and names and receives the packs'.
     */
    public static List<RulePack> load(Map<String, String> taken) {
        List<RulePack> packs = new ArrayList<>();
        for (String file : listed(read("index.txt"))) {
            try {
                Node tree = tree(file);
                packs.add(tree != null ? PackLoader.load("packs/" + file, tree, true, taken)
                        : PackLoader.load("packs/" + file, read(file), true, taken));
            } catch (ConfigException e) {
                throw new IllegalStateException("bundled rule pack is invalid: " + e.getMessage(), e);
            }
        }
        // One search of every line for the literals of all of them, not one per pack.
        PackLoader.searchTogether(packs);
        return List.copyOf(packs);
    }

    /** The pack files an {@code index.txt} lists: one per line, blank lines and `#` comments left out. */
    static List<String> listed(String index) {
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * The pack's YAML as the build composed it ({@link PackTree}), or null where the build did not store it
     * (classes compiled by an IDE without Maven's process-classes step), in which case the YAML is composed.
     */
    static Node tree(String file) {
        try (InputStream in = BundledPacks.class.getResourceAsStream(file + PackTree.SUFFIX)) {
            return in == null ? null : PackTree.read("packs/" + file, in).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try (InputStream in = BundledPacks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule pack resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
