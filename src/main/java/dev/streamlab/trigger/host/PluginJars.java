package dev.streamlab.trigger.host;

import dev.streamlab.model.UserInputException;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/** A class loader over the jars of a plugins folder, so their triggers are found like the built-ins. */
public final class PluginJars {

    private PluginJars() {
    }

    public static ClassLoader loader(File folder) {
        ClassLoader app = PluginJars.class.getClassLoader();
        if (folder == null) {
            return app;
        }
        if (folder.isFile()) {
            throw new UserInputException("The plugins folder " + folder + " is a file, not a folder: give the folder"
                    + " that holds your trigger jars.");
        }
        File[] jars = folder.listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null) {
            throw new UserInputException("The plugins folder " + folder + " does not exist: give a folder of jars.");
        }
        List<URL> urls = new ArrayList<>();
        for (File jar : jars) {
            try {
                urls.add(jar.toURI().toURL());
            } catch (MalformedURLException e) {
                throw new UserInputException("The plugin " + jar + " cannot be loaded (" + e.getMessage() + ").", e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), app);
    }
}
