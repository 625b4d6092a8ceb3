package dev.streamlab.ui.scenarios;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Picks the file "Open scenario file…" opens. The scenario bar uses the native file chooser unless its root node
 * holds another one under this interface as key in its properties: that is how a UI test opens a file of its own
 * ({@code bar.getProperties().put(ScenarioChooser.class, (owner, folder) -> Optional.of(file))}).
 */
@FunctionalInterface
public interface ScenarioChooser {

    ScenarioChooser NATIVE = (owner, folder) -> {
        var chooser = new FileChooser();
        chooser.setTitle("Open a scenario");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario files (*.json)", "*.json"));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toAbsolutePath().toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    };

    /** @param folder where to start looking: the sample scenarios' folder */
    Optional<Path> choose(Window owner, Path folder);
}
