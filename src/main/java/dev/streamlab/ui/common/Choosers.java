package dev.streamlab.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's native folder and file choosers. Where no native dialog can show (headless tests, scripted
 * demos), the system property {@value #ANSWER} answers for them: the path it holds is chosen without a dialog.
 */
public final class Choosers {

    public static final String ANSWER = "streamlab.chooser.answer";

    private Choosers() {
    }

    public static Optional<Path> folder(Window owner, String title, Optional<Path> initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        initial.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return answer(() -> chooser.showDialog(owner));
    }

    public static Optional<Path> jsonFile(Window owner, String title, Optional<Path> initial) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CreateTable JSON (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        initial.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return answer(() -> chooser.showOpenDialog(owner));
    }

    /**
     * @param filters description and patterns, e.g. {"DynamoDB JSON lines (*.jsonl)", "*.jsonl"}; the first is chosen
     */
    public static Optional<Path> openFile(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        return answer(() -> chooser.showOpenDialog(owner));
    }

    public static Optional<Path> saveFile(Window owner, String title, String initialName,
            List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().addAll(filters);
        return answer(() -> chooser.showSaveDialog(owner));
    }

    private static Optional<Path> answer(Supplier<File> dialog) {
        String scripted = System.getProperty(ANSWER);
        if (scripted != null) {
            return Optional.of(Path.of(scripted));
        }
        return Optional.ofNullable(dialog.get()).map(File::toPath);
    }
}
