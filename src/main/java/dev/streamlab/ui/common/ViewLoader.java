package dev.streamlab.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML with the one controller factory. */
public final class ViewLoader {

    private final ControllerFactory controllers;

    public ViewLoader(ControllerFactory controllers) {
        this.controllers = controllers;
    }

    public Parent load(FxmlView view) {
        FXMLLoader loader = new FXMLLoader(view.location());
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            // FXML ships inside the jar: failing to read it is a packaging bug, not a user mistake.
            throw new UncheckedIOException("Cannot load " + view.path(), e);
        }
    }
}
