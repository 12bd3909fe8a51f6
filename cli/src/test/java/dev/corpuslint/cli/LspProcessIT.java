package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server as an editor starts it, in its own process: `corpuslint lsp` through the jar's Quarkus main and
 * through the launcher's plain main (each with its logging set-up), and the standalone jar. Everything on standard output must be JSON-RPC frames; a malformed message must
 * not end the server; shutdown then exit ends it with status 0.
 */
class LspProcessIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    /** Splits standard output into frames; anything that is not a well-formed frame fails the test. */
    private static List<JsonNode> frames(byte[] out) throws Exception {
        List<JsonNode> frames = new ArrayList<>();
        int at = 0;
        while (at < out.length) {
            String rest = new String(out, at, Math.min(64, out.length - at), StandardCharsets.US_ASCII);
            assertTrue(rest.startsWith("Content-Length: "), "not a JSON-RPC frame on stdout at byte " + at + ": " + rest);
            int headerEnd = indexOf(out, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
            int length = Integer.parseInt(new String(out, at + 16, headerEnd - at - 16, StandardCharsets.US_ASCII).strip());
            JsonNode node = JSON.readTree(new String(out, headerEnd + 4, length, StandardCharsets.UTF_8));
            assertEquals("2.0", node.get("jsonrpc").asText());
            frames.add(node);
            at = headerEnd + 4 + length;
        }
        return frames;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("frame header not terminated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarkus", "launcher-main", "standalone"})
    void stdoutCarriesOnlyJsonRpcAndTheServerSurvivesMalformedInput(String which) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = switch (which) {
            case "quarkus" -> List.of(java.toString(), "-jar", System.getProperty("corpuslint.app"), "lsp");
            case "launcher-main" -> List.of(java.toString(), "-cp", System.getProperty("corpuslint.app"), Main.class.getName(), "lsp");
            default -> List.of(java.toString(), "-jar", System.getProperty("corpuslint.lsp.jar"));
        };
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String seed = Files.readString(Path.of(System.getProperty("corpuslint.root"), "examples/corpus/000_fa597fd7d97116e6.txt"));
        try (OutputStream in = process.getOutputStream()) {
            in.write(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}"));
            in.write(frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}"));
            in.write(frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"oops\":"));
            in.write(frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"no/such/method\",\"params\":{}}"));
            in.write(frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"untitled:a\","
                    + "\"languageId\":\"markdown\",\"version\":1,\"text\":" + JSON.writeValueAsString(seed) + "}}}"));
            in.flush();
            Thread.sleep(3000);
            in.write(frame("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"shutdown\"}"));
            in.write(frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream stdout = process.getInputStream()) {
            stdout.transferTo(out);
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server did not exit");
        assertEquals(0, process.exitValue(), "exit after shutdown is status 0");
        List<JsonNode> frames = frames(out.toByteArray());
        assertTrue(frames.stream().anyMatch(f -> f.path("id").asInt() == 1 && f.has("result")), "initialize answered");
        assertTrue(frames.stream().anyMatch(f -> f.path("id").asInt() == 3 && f.path("error").path("code").asInt() == -32601),
                "an unknown method gets a JSON-RPC error");
        assertTrue(frames.stream().anyMatch(f -> "textDocument/publishDiagnostics".equals(f.path("method").asText())
                && f.path("params").path("diagnostics").size() > 5), "diagnostics published after the malformed message");
        assertTrue(frames.stream().anyMatch(f -> f.path("id").asInt() == 4), "shutdown answered");
    }
}
