package dev.streamlab.ui.connections;

import dev.streamlab.connect.AwsProfiles;
import dev.streamlab.connect.SavedConnection;
import dev.streamlab.data.ConnectionsFile.SavedConnections;
import dev.streamlab.ui.connections.ConnectionEntry.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The list as the user sees it: the embedded server first, then the saved connections, then each AWS profile
 * not saved yet (with its region, or the local default until one is chosen).
 */
final class ConnectionEntries {

    private ConnectionEntries() {
    }

    static List<ConnectionEntry> of(SavedConnections saved, List<AwsProfiles.Profile> profiles) {
        List<ConnectionEntry> entries = new ArrayList<>();
        if (saved.named(SavedConnection.EMBEDDED_NAME).isEmpty()) {
            entries.add(new ConnectionEntry(SavedConnection.embedded(), Origin.BUILT_IN));
        }
        saved.connections().forEach(c -> entries.add(new ConnectionEntry(c,
                c.kind() == SavedConnection.Kind.EMBEDDED ? Origin.BUILT_IN : Origin.SAVED)));
        for (AwsProfiles.Profile profile : profiles) {
            boolean alreadySaved = saved.connections().stream()
                    .anyMatch(c -> c.isAws() && c.awsProfile().equals(Optional.of(profile.name())));
            String name = "AWS " + profile.name();
            if (!alreadySaved && saved.named(name).isEmpty()) {
                entries.add(new ConnectionEntry(new SavedConnection(name, SavedConnection.Kind.AWS,
                        Optional.empty(), Optional.of(profile.name()), profile.region().orElse("")),
                        Origin.AWS_CONFIG));
            }
        }
        return entries;
    }
}
