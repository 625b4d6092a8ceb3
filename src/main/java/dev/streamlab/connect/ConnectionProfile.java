package dev.streamlab.connect;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where StreamLab connects: a local endpoint (DynamoDB Local, dummy credentials) or AWS (a named
 * profile from ~/.aws or the default credential chain, optionally through an endpoint override).
 */
public record ConnectionProfile(Optional<URI> endpoint, Optional<String> awsProfile, String region, boolean isLocal) {

    public static final String DEFAULT_LOCAL_REGION = "us-east-1";
    public static final URI DEFAULT_LOCAL_ENDPOINT = URI.create("http://localhost:8000");

    /**
     * An endpoint URL. It counts as DynamoDB Local (dummy credentials, no confirmation for destructive
     * commands) unless an AWS profile is named or it is an AWS host or plain https off this machine.
     */
    public static ConnectionProfile endpoint(URI endpoint, String region, Optional<String> awsProfile) {
        return new ConnectionProfile(Optional.of(endpoint), awsProfile, region,
                awsProfile.isEmpty() && isLocalEndpoint(endpoint));
    }

    /** Loopback, or a plain-http host that is not AWS's (e.g. "dynamodb-local" in docker compose). */
    static boolean isLocalEndpoint(URI endpoint) {
        String host = endpoint.getHost() == null ? "" : endpoint.getHost().toLowerCase(Locale.ROOT);
        return !isAwsHost(host) && (isLoopback(endpoint) || "http".equals(endpoint.getScheme()));
    }

    /** Every AWS endpoint, over http or https: regional, FIPS, VPC (vpce) and dual-stack (api.aws) hosts. */
    static boolean isAwsHost(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return List.of("amazonaws.com", "amazonaws.com.cn", "api.aws", "api.amazonwebservices.com.cn").stream()
                .anyMatch(domain -> name.equals(domain) || name.endsWith("." + domain));
    }

    public static ConnectionProfile local(URI endpoint) {
        return endpoint(endpoint, DEFAULT_LOCAL_REGION, Optional.empty());
    }

    public static ConnectionProfile aws(Optional<String> awsProfile, String region) {
        return new ConnectionProfile(Optional.empty(), awsProfile, region, false);
    }

    /** Words for the status line and for messages, e.g. "DynamoDB Local at http://localhost:8000". */
    public String describe() {
        if (isLocal) {
            return "DynamoDB Local at " + endpoint.orElseThrow();
        }
        String who = awsProfile.map(p -> "AWS profile " + p).orElse("AWS default credentials");
        return who + " in " + region + endpoint.map(e -> " via " + e).orElse("");
    }

    private static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            // Only literal addresses are resolved here: no DNS lookup for a remote name.
            return (Character.isDigit(host.charAt(0)) || host.startsWith("["))
                    && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
