package dev.streamlab.connect;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

/** Whether anything accepts TCP connections at an endpoint, answered within a short timeout. */
public final class EndpointProbe {

    private EndpointProbe() {
    }

    public static boolean isListening(URI endpoint, Duration timeout) {
        int port = endpoint.getPort() != -1 ? endpoint.getPort()
                : "https".equals(endpoint.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), port), (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
