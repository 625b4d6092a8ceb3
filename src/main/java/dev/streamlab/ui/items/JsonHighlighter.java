package dev.streamlab.ui.items;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Colours the editor's JSON: attribute names, DynamoDB type tags, strings, numbers, true/false/null. */
final class JsonHighlighter {

    private static final Set<String> TAGS = Set.of("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS");
    private static final Pattern TOKENS = Pattern.compile(
            "(?<NAME>\"(?:[^\"\\\\]|\\\\.)*\")(?=\\s*:)"
            + "|(?<STRING>\"(?:[^\"\\\\]|\\\\.)*\")"
            + "|(?<NUMBER>-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)"
            + "|(?<LITERAL>\\b(?:true|false|null)\\b)");

    private JsonHighlighter() {
    }

    static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher matcher = TOKENS.matcher(text);
        int end = 0;
        while (matcher.find()) {
            spans.add(List.of(), matcher.start() - end);
            spans.add(List.of(styleOf(matcher)), matcher.end() - matcher.start());
            end = matcher.end();
        }
        spans.add(List.of(), text.length() - end);
        return spans.create();
    }

    private static String styleOf(Matcher matcher) {
        if (matcher.group("NAME") != null) {
            String name = matcher.group("NAME");
            return TAGS.contains(name.substring(1, name.length() - 1)) ? "json-tag" : "json-name";
        }
        if (matcher.group("STRING") != null) {
            return "json-string";
        }
        return matcher.group("NUMBER") != null ? "json-number" : "json-literal";
    }
}
