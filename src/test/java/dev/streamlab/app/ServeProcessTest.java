package dev.streamlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.EndpointProbe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `serve` as a user runs it: its own process, stopped with SIGTERM. */
class ServeProcessTest {

    @Test
    void servesUntilSigtermThenStopsCleanly() throws Exception {
        int port;
        try (var probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--in-memory", "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .start();
        try {
            String line = firstLineContaining(serve, "listening", Duration.ofSeconds(30));
            assertThat(line).isEqualTo("DynamoDB Local listening on http://127.0.0.1:" + port
                    + " (in memory); stop with Ctrl-C.");

            serve.destroy();
            assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            assertThat(EndpointProbe.isListening(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(1)))
                    .isFalse();
        } finally {
            serve.destroyForcibly();
        }
    }

    private static String firstLineContaining(Process process, String text, Duration deadline) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.contains(text)) {
                        return line;
                    }
                }
                return "(the process ended without printing \"" + text + "\")";
            } catch (IOException e) {
                return "(unreadable output: " + e.getMessage() + ")";
            }
        }).get(deadline.toSeconds(), TimeUnit.SECONDS);
    }
}
