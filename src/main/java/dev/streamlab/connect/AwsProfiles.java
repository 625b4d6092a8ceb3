package dev.streamlab.connect;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The profiles in ~/.aws/config and ~/.aws/credentials (or where AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE
 * point), by name with their region. Only names and regions are read out: keys never leave the SDK.
 */
public final class AwsProfiles {

    private final Supplier<ProfileFile> files;

    public AwsProfiles(Supplier<ProfileFile> files) {
        this.files = files;
    }

    public static AwsProfiles fromDefaultFiles() {
        return new AwsProfiles(ProfileFile::defaultProfileFile);
    }

    /** @param region the profile's region, when it sets one */
    public record Profile(String name, Optional<String> region) {
    }

    /** In name order; none when there are no files or they cannot be read. */
    public List<Profile> list() {
        ProfileFile file;
        try {
            file = files.get();
        } catch (RuntimeException e) {
            return List.of();
        }
        return file.profiles().values().stream()
                .map(profile -> new Profile(profile.name(), profile.property(ProfileProperty.REGION)))
                .sorted(Comparator.comparing(Profile::name))
                .toList();
    }
}
