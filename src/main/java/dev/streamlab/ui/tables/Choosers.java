package dev.streamlab.ui.tables;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The native folder and file choosers of the tables view. Where no native dialog can show (headless tests, scripted
 * demos), the system property {@value #ANSWER} answers for them: the path it holds is chosen without a dialog.
 */
final class Choosers {

    static final String ANSWER = "streamlab.chooser.answer";

    private Choosers() {
    }

    static Optional<Path> folder(Window owner, String title, Optional<Path> initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        initial.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return answer(() -> chooser.showDialog(owner));
    }

    static Optional<Path> jsonFile(Window owner, String title, Optional<Path> initial) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CreateTable JSON (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        initial.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return answer(() -> chooser.showOpenDialog(owner));
    }

    private static Optional<Path> answer(Supplier<File> dialog) {
        String scripted = System.getProperty(ANSWER);
        if (scripted != null) {
            return Optional.of(Path.of(scripted));
        }
        return Optional.ofNullable(dialog.get()).map(File::toPath);
    }
}
