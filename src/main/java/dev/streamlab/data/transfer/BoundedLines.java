package dev.streamlab.data.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/** Reads lines of at most a given length: a file of one endless line (/dev/zero) cannot fill the memory. */
final class BoundedLines implements AutoCloseable {

    private final BufferedReader in;
    private final int maxChars;
    private long number;

    BoundedLines(Reader in, int maxChars) {
        this.in = new BufferedReader(in);
        this.maxChars = maxChars;
    }

    /** @param tooLong the line went past the limit: its text is cut, and the rest of it skipped */
    record Line(long number, String text, boolean tooLong) {
    }

    Optional<Line> next() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        int c = in.read();
        if (c < 0) {
            return Optional.empty();
        }
        number++;
        while (c >= 0 && c != '\n') {
            if (text.length() < maxChars) {
                text.append((char) c);
            } else {
                tooLong = true;
            }
            c = in.read();
        }
        if (number == 1 && text.length() > 0 && text.charAt(0) == '\uFEFF') {
            // Windows editors start UTF-8 files with a byte-order mark, which JSON parsers refuse.
            text.deleteCharAt(0);
        }
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            text.setLength(end - 1);
        }
        return Optional.of(new Line(number, text.toString(), tooLong));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
