package dev.streamlab.data.code;

import java.util.regex.Pattern;

/** Quotes one word for a POSIX shell (bash, zsh): single quotes, each ' written as '\''. */
final class ShellWords {

    /** Words made only of these need no quotes; anything else (spaces, $, quotes, #, *) is quoted. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellWords() {
    }

    static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
