package dev.streamlab.connect;

import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.model.UserInputException;
import java.net.URI;
import java.util.Optional;

/**
 * A connection the user keeps by name: the embedded server, a local endpoint, or an AWS profile with its region.
 * It holds no secret: an AWS profile is a name whose keys stay in ~/.aws.
 *
 * @param endpoint   the local endpoint, or an AWS endpoint override; empty for the embedded server
 * @param awsProfile the profile's name; empty for local connections or AWS's default credential chain
 * @param region     the region the clients sign for
 */
public record SavedConnection(String name, Kind kind, Optional<URI> endpoint, Optional<String> awsProfile,
        String region) {

    public enum Kind {
        /** DynamoDB Local on :8000 if one runs, else one StreamLab starts, with its data in ~/.streamlab/data. */
        EMBEDDED,
        /** DynamoDB Local (or any local endpoint) at a URL. */
        LOCAL,
        /** AWS, through a named profile or the default credential chain. */
        AWS
    }

    public static final String EMBEDDED_NAME = "Embedded DynamoDB Local";

    public static SavedConnection embedded() {
        return new SavedConnection(EMBEDDED_NAME, Kind.EMBEDDED, Optional.empty(), Optional.empty(),
                ConnectionProfile.DEFAULT_LOCAL_REGION);
    }

    /**
     * Checks a connection the user typed: one sentence naming the field that is wrong.
     *
     * @param endpointText the endpoint as typed (blank for none)
     */
    public static SavedConnection checked(String name, Kind kind, String endpointText, String awsProfile,
            String region) {
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty()) {
            throw new UserInputException("The connection has no name: give it one, e.g. \"docker compose\".");
        }
        Optional<URI> endpoint = endpointText == null || endpointText.isBlank() ? Optional.empty()
                : Optional.of(ProfileOptions.parseEndpoint(endpointText));
        Optional<String> profile = Optional.ofNullable(awsProfile).map(String::strip).filter(p -> !p.isEmpty());
        String chosenRegion = region == null ? "" : region.strip();
        switch (kind) {
            case EMBEDDED -> {
                return new SavedConnection(trimmedName, kind, Optional.empty(), Optional.empty(),
                        ConnectionProfile.DEFAULT_LOCAL_REGION);
            }
            case LOCAL -> {
                URI url = endpoint.orElseThrow(() -> new UserInputException("Connection \"" + trimmedName
                        + "\" is local but has no endpoint: give its URL, e.g. http://localhost:8000."));
                if (!ConnectionProfile.isLocalEndpoint(url)) {
                    throw new UserInputException("Connection \"" + trimmedName + "\": " + url + " is an AWS or"
                            + " remote https endpoint, not DynamoDB Local: choose AWS for it.");
                }
                return new SavedConnection(trimmedName, kind, endpoint, Optional.empty(),
                        chosenRegion.isEmpty() ? ConnectionProfile.DEFAULT_LOCAL_REGION : chosenRegion);
            }
            default -> {
                if (chosenRegion.isEmpty()) {
                    throw new UserInputException("Connection \"" + trimmedName + "\" is on AWS but has no region:"
                            + " give one, e.g. eu-west-1.");
                }
                return new SavedConnection(trimmedName, kind, endpoint, profile, chosenRegion);
            }
        }
    }

    /** Opens it: probes a local endpoint first, and starts the embedded server when nothing runs on :8000. */
    public Connection open() {
        if (kind == Kind.EMBEDDED) {
            return Connector.connectDefault(EmbeddedOptions.onDisk(EmbeddedOptions.DEFAULT_PORT,
                    EmbeddedOptions.defaultDataDir()));
        }
        return Connector.connect(profile());
    }

    /** Where it connects; the embedded server's profile is known only once it runs. */
    public ConnectionProfile profile() {
        return switch (kind) {
            case EMBEDDED -> ConnectionProfile.local(ConnectionProfile.DEFAULT_LOCAL_ENDPOINT);
            case LOCAL -> ConnectionProfile.endpoint(endpoint.orElseThrow(), region, Optional.empty());
            case AWS -> endpoint.map(url -> new ConnectionProfile(Optional.of(url), awsProfile, region, false))
                    .orElseGet(() -> ConnectionProfile.aws(awsProfile, region));
        };
    }

    public boolean isAws() {
        return kind == Kind.AWS;
    }

    /** Where it points, in a few words for a list: the URL, or the profile and region. */
    public String where() {
        return switch (kind) {
            case EMBEDDED -> "localhost:8000 (started by StreamLab if none runs)";
            case LOCAL -> endpoint.orElseThrow().toString();
            case AWS -> awsProfile.map(p -> "profile " + p).orElse("default credentials") + " · " + region
                    + endpoint.map(url -> " · " + url).orElse("");
        };
    }
}
