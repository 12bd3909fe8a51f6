package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.config.YamlReader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A bundled pack's composed YAML, stored at build time so that start-up does not compose it again.
 *
 * <p>Why: every run loads the bundled packs, and composing their 18 KB of YAML with snakeyaml-engine, whose
 * code is still interpreted at that point, took about 11 ms of a 235 ms one-file check, the largest single
 * part of start-up after the JVM itself. The build composes each pack once ({@link #main}, run by
 * corpus-rules' pom at process-classes) and writes the node tree beside it; {@link BundledPacks} reads that
 * and hands it to the same {@link PackLoader} checks a YAML pack gets. Only what PackLoader reads is kept:
 * each node's kind, scalar value and start position (for messages such as "already used by …:12"). Tags,
 * styles and end positions are not. Users' packs are always read as YAML.
 *
 * <p>PackTreeTest checks that every stored tree equals what composing its YAML gives now, so a stale or
 * missing tree fails the build rather than changing what corpuslint reports.
 */
public final class PackTree {
    /** Written first; a tree in another format is not read (BundledPacks then composes the YAML). */
    static final int FORMAT = 0x504B5401; // "PKT" 1
    static final String SUFFIX = ".tree";

    private static final byte SCALAR = 0;
    private static final byte SEQUENCE = 1;
    private static final byte MAPPING = 2;

    private PackTree() {}

    /** Composes every pack listed in {@code args[0]/index.txt} and writes its tree into {@code args[1]}. */
    public static void main(String[] args) throws IOException, ConfigException {
        Path from = Path.of(args[0]);
        Path to = Files.createDirectories(Path.of(args[1]));
        List<String> files = BundledPacks.listed(Files.readString(from.resolve("index.txt")));
        for (String file : files) {
            Node root = new YamlReader("packs/" + file).compose(Files.readString(from.resolve(file)));
            Files.write(to.resolve(file + SUFFIX), write(root));
        }
        System.out.println("PackTree: " + files.size() + " bundled packs stored as composed trees in " + to);
    }

    static byte[] write(Node root) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            write(root, out);
        }
        return bytes.toByteArray();
    }

    private static void write(Node node, DataOutputStream out) throws IOException {
        Mark start = node.getStartMark().orElseThrow();
        if (node instanceof ScalarNode scalar) {
            out.writeByte(SCALAR);
            position(start, out);
            text(scalar.getValue(), out);
        } else if (node instanceof SequenceNode sequence) {
            out.writeByte(SEQUENCE);
            position(start, out);
            out.writeInt(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                write(item, out);
            }
        } else if (node instanceof MappingNode mapping) {
            out.writeByte(MAPPING);
            position(start, out);
            out.writeInt(mapping.getValue().size());
            for (NodeTuple tuple : mapping.getValue()) {
                write(tuple.getKeyNode(), out);
                write(tuple.getValueNode(), out);
            }
        } else {
            // Anchors and aliases are resolved by composing; no other node kind exists.
            throw new IllegalStateException("unexpected YAML node " + node.getNodeType());
        }
    }

    private static void position(Mark mark, DataOutputStream out) throws IOException {
        out.writeInt(mark.getLine());
        out.writeInt(mark.getColumn());
    }

    private static void text(String value, DataOutputStream out) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** The tree stored by {@link #write}, or empty when {@code in} holds another format. */
    static Optional<Node> read(String name, InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != FORMAT) {
            return Optional.empty();
        }
        return Optional.of(node(name, data));
    }

    private static Node node(String name, DataInputStream in) throws IOException {
        byte kind = in.readByte();
        int line = in.readInt();
        int column = in.readInt();
        // Only the line and column are ever read from a mark (YamlReader's messages).
        Optional<Mark> start = Optional.of(new Mark(name, 0, line, column, new int[0], 0));
        switch (kind) {
            case SCALAR -> {
                byte[] utf8 = new byte[in.readInt()];
                in.readFully(utf8);
                return new ScalarNode(Tag.STR, true, new String(utf8, StandardCharsets.UTF_8), ScalarStyle.PLAIN, start, start);
            }
            case SEQUENCE -> {
                int size = in.readInt();
                List<Node> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    items.add(node(name, in));
                }
                return new SequenceNode(Tag.SEQ, true, items, FlowStyle.BLOCK, start, start);
            }
            case MAPPING -> {
                int size = in.readInt();
                List<NodeTuple> tuples = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    Node key = node(name, in);
                    tuples.add(new NodeTuple(key, node(name, in)));
                }
                return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, start, start);
            }
            default -> throw new IOException("damaged pack tree " + name + ": node kind " + kind);
        }
    }
}
