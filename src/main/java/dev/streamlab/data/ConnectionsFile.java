package dev.streamlab.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.connect.SavedConnection;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The window's saved connections and the last one used, in ~/.streamlab/connections.json. It holds names, URLs,
 * profile names and regions, never a key: AWS credentials stay in ~/.aws.
 */
public final class ConnectionsFile {

    private final Path file;

    public ConnectionsFile(Path file) {
        this.file = file;
    }

    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), ".streamlab", "connections.json");
    }

    public Path location() {
        return file;
    }

    /** The saved connections; none when the file does not exist yet. */
    public synchronized SavedConnections read() {
        if (!Files.exists(file)) {
            return new SavedConnections(List.of(), Optional.empty());
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(TextFiles.read(file, "The connections file", TextFiles.SETTINGS_MAX_BYTES));
        } catch (JsonProcessingException e) {
            throw broken("is not JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.path("connections").isArray()) {
            throw broken("has no \"connections\" list");
        }
        List<SavedConnection> connections = new ArrayList<>();
        for (JsonNode entry : root.path("connections")) {
            connections.add(entry(entry));
        }
        return new SavedConnections(connections, Optional.ofNullable(root.path("last").textValue()));
    }

    /** Replaces the file, owner-only: what it names is private even without secrets. */
    public synchronized void write(SavedConnections saved) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode list = root.putArray("connections");
        for (SavedConnection connection : saved.connections()) {
            ObjectNode entry = list.addObject().put("name", connection.name())
                    .put("kind", connection.kind().name().toLowerCase(Locale.ROOT));
            connection.endpoint().ifPresent(url -> entry.put("endpoint", url.toString()));
            connection.awsProfile().ifPresent(profile -> entry.put("profile", profile));
            entry.put("region", connection.region());
        }
        saved.last().ifPresent(name -> root.put("last", name));
        try {
            keepBrokenFile();
            OwnerOnlyFiles.replaceWhole(file, Json.prettyWriter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("The connections file " + file + " cannot be written", e);
        }
    }

    /**
     * Notes the connection to reopen at the next start, saving it first if it is not yet (a profile found in
     * ~/.aws, the embedded server); a file the user broke by hand is left as it is.
     */
    public synchronized void rememberLast(SavedConnection chosen) {
        SavedConnections saved;
        try {
            saved = read();
        } catch (UserInputException broken) {
            return;
        }
        write(saved.with(chosen, chosen.name()).lastUsed(chosen.name()));
    }

    /** A file the user broke by hand is moved aside, not written over: what they typed is not lost. */
    private void keepBrokenFile() throws IOException {
        try {
            read();
        } catch (UserInputException broken) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".broken"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private SavedConnection entry(JsonNode entry) {
        String name = entry.path("name").asText("");
        SavedConnection.Kind kind;
        try {
            kind = SavedConnection.Kind.valueOf(entry.path("kind").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw broken("gives connection \"" + name + "\" the kind \"" + entry.path("kind").asText("")
                    + "\", which is none of embedded, local, aws");
        }
        try {
            return SavedConnection.checked(name, kind, entry.path("endpoint").asText(""),
                    entry.path("profile").asText(""), entry.path("region").asText(""));
        } catch (UserInputException e) {
            String why = e.getMessage().endsWith(".") ? e.getMessage().substring(0, e.getMessage().length() - 1)
                    : e.getMessage();
            throw broken("has a connection that cannot be used (" + why + ")");
        }
    }

    private UserInputException broken(String why) {
        return new UserInputException("The connections file " + file + " " + why
                + ": fix it or move it aside; the window starts without it.");
    }

    /** @param last the name of the connection used last, to reopen at the next start */
    public record SavedConnections(List<SavedConnection> connections, Optional<String> last) {

        public SavedConnections {
            connections = List.copyOf(connections);
        }

        public Optional<SavedConnection> named(String name) {
            return connections.stream().filter(c -> c.name().equals(name)).findFirst();
        }

        /** With {@code connection} in the place of the one called {@code replacing}, or added at the end. */
        public SavedConnections with(SavedConnection connection, String replacing) {
            List<SavedConnection> next = new ArrayList<>(connections);
            int at = next.indexOf(named(replacing).orElse(null));
            if (at >= 0) {
                next.set(at, connection);
            } else {
                next.add(connection);
            }
            return new SavedConnections(next, last.map(name -> name.equals(replacing) ? connection.name() : name));
        }

        public SavedConnections without(String name) {
            return new SavedConnections(connections.stream().filter(c -> !c.name().equals(name)).toList(),
                    last.filter(l -> !l.equals(name)));
        }

        public SavedConnections lastUsed(String name) {
            return new SavedConnections(connections, Optional.of(name));
        }
    }
}
