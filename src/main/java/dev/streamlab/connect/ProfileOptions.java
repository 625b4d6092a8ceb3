package dev.streamlab.connect;

import dev.streamlab.model.UserInputException;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Turns the common options (--endpoint, --region, --profile, --aws) into a connection profile.
 * No endpoint and no AWS choice means DynamoDB Local at localhost:8000.
 */
public final class ProfileOptions {

    private ProfileOptions() {
    }

    public static ConnectionProfile resolve(Optional<String> endpoint, Optional<String> region,
            Optional<String> awsProfile, boolean aws) {
        if (endpoint.isPresent()) {
            URI uri = parseEndpoint(endpoint.get());
            boolean local = awsProfile.isEmpty() && ConnectionProfile.isLocalEndpoint(uri);
            String chosenRegion = region.orElseGet(() -> local
                    ? ConnectionProfile.DEFAULT_LOCAL_REGION : awsRegion(awsProfile));
            return ConnectionProfile.endpoint(uri, chosenRegion, awsProfile);
        }
        if (aws || awsProfile.isPresent()) {
            return ConnectionProfile.aws(awsProfile, region.orElseGet(() -> awsRegion(awsProfile)));
        }
        return ConnectionProfile.endpoint(ConnectionProfile.DEFAULT_LOCAL_ENDPOINT,
                region.orElse(ConnectionProfile.DEFAULT_LOCAL_REGION), Optional.empty());
    }

    static URI parseEndpoint(String text) {
        try {
            URI uri = URI.create(text.trim());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UserInputException("The endpoint \"" + text
                    + "\" is not a URL: give one like http://localhost:8000.", e);
        }
    }

    private static String awsRegion(Optional<String> awsProfile) {
        Optional<String> fromProfile = awsProfile.flatMap(name -> ProfileFile.defaultProfileFile()
                .profile(name).flatMap(p -> p.property(ProfileProperty.REGION)));
        return fromProfile.orElseGet(() -> {
            try {
                return DefaultAwsRegionProviderChain.builder().build().getRegion().id();
            } catch (RuntimeException e) {
                throw new UserInputException(
                        "No AWS region is set: pass --region (e.g. --region eu-west-1) or set one in your AWS profile.", e);
            }
        });
    }
}
