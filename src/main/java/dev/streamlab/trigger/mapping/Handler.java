package dev.streamlab.trigger.mapping;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** What runs a function: a built-in trigger, or a Lambda handler class named the way Lambda names Java handlers. */
public sealed interface Handler {

    /** {@code builtin:NAME}: a trigger found through ServiceLoader under that name. */
    record Builtin(String name) implements Handler {
        public Builtin {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code pkg.Class::method} or {@code pkg.Class}; without a method Lambda calls the interface's handleRequest. */
    record JavaClass(String className, Optional<String> method) implements Handler {
        public JavaClass {
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(method, "method");
        }
    }

    String BUILTIN_PREFIX = "builtin:";

    /** Built-in names are lowercase words joined by dashes, like the triggers that ship (email-checker). */
    Pattern BUILTIN_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Reads a Handler value.
     *
     * @throws IllegalArgumentException with the part of a sentence that says what the value should look like
     */
    static Handler parse(String text) {
        if (text.startsWith(BUILTIN_PREFIX)) {
            String name = text.substring(BUILTIN_PREFIX.length());
            if (!BUILTIN_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a built-in is named in lowercase words joined by dashes, "
                        + "such as \"builtin:email-checker\"");
            }
            return new Builtin(name);
        }
        int separator = text.indexOf("::");
        String className = separator < 0 ? text : text.substring(0, separator);
        Optional<String> method = separator < 0 ? Optional.empty() : Optional.of(text.substring(separator + 2));
        // isName rejects keywords and empty segments, which a class loader would only report at run time
        boolean validMethod = method.map(m -> SourceVersion.isIdentifier(m) && !SourceVersion.isKeyword(m)).orElse(true);
        if (!SourceVersion.isName(className) || !validMethod) {
            throw new IllegalArgumentException("a handler is \"builtin:NAME\", \"package.Class::method\" "
                    + "or \"package.Class\", with Java identifiers");
        }
        return new JavaClass(className, method);
    }
}
