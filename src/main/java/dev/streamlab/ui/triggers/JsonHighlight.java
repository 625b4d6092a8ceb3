package dev.streamlab.ui.triggers;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Colours pretty-printed JSON: property names, strings, numbers and literals, each by its own style class. */
final class JsonHighlight {

    private static final Pattern TOKENS = Pattern.compile(
            "(?<key>\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:))|(?<string>\"(?:[^\"\\\\]|\\\\.)*\")"
                    + "|(?<number>-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|(?<literal>\\btrue\\b|\\bfalse\\b|\\bnull\\b)");

    private JsonHighlight() {
    }

    static StyleSpans<Collection<String>> of(String json) {
        var spans = new StyleSpansBuilder<Collection<String>>();
        Matcher matcher = TOKENS.matcher(json);
        int end = 0;
        while (matcher.find()) {
            spans.add(List.of(), matcher.start() - end);
            spans.add(List.of(styleOf(matcher)), matcher.end() - matcher.start());
            end = matcher.end();
        }
        spans.add(List.of(), json.length() - end);
        return spans.create();
    }

    private static String styleOf(Matcher matcher) {
        if (matcher.group("key") != null) {
            return "json-key";
        }
        if (matcher.group("string") != null) {
            return "json-string";
        }
        return matcher.group("number") != null ? "json-number" : "json-literal";
    }
}
