package dev.streamlab.ui.items;

import dev.streamlab.data.TableInfo;
import dev.streamlab.json.ItemJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The editor's text of an item, both ways, in DynamoDB JSON or plain JSON, through the product's one JSON codec. */
final class ItemText {

    /** How the editor's text is named in messages: "The item is not valid JSON at line 3, column 7 (...)". */
    static final String SOURCE = "The item";
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    private ItemText() {
    }

    static String write(Map<String, AttributeValue> item, boolean plain) {
        return JsonLayout.write(plain ? ItemJson.toPlainNode(item) : ItemJson.toDynamoNode(item));
    }

    static Map<String, AttributeValue> read(String text, boolean plain) {
        return ItemJson.read(text, SOURCE, plain);
    }

    /** A new item of the table: its key attributes with values of their types, to be filled in. */
    static Map<String, AttributeValue> template(TableInfo table) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (String name : table.key().attributes()) {
            item.put(name, "N".equals(table.typeOf(name)) ? AttributeValue.fromN("0")
                    : "B".equals(table.typeOf(name)) ? ItemJson.readDynamo("{\"b\": {\"B\": \"\"}}", SOURCE).get("b")
                    : AttributeValue.fromS(""));
        }
        return item;
    }

    /** The first key attribute the item has with an empty value, which DynamoDB refuses; empty when none. */
    static Optional<String> emptyKey(TableInfo table, Map<String, AttributeValue> item) {
        return table.key().attributes().stream().filter(name -> item.containsKey(name)
                && CellFormatter.plain(item.get(name)).asText().isEmpty()).findFirst();
    }

    /**
     * What plain JSON could not say about this item: its first set or binary value, in words, e.g.
     * {@code "Tags" (a string set, SS)}; empty when plain JSON keeps everything.
     */
    static Optional<String> plainLoss(Map<String, AttributeValue> item) {
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            Optional<String> loss = plainLoss(attribute.getKey(), attribute.getValue());
            if (loss.isPresent()) {
                return loss;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> plainLoss(String path, AttributeValue value) {
        String tag = ItemJson.typeTag(value);
        return switch (tag) {
            case "SS", "NS", "BS" -> Optional.of("\"" + path + "\" (a set, " + tag + ")");
            case "B" -> Optional.of("\"" + path + "\" (binary, B)");
            case "M" -> plainLoss(value.m()).map(inner -> inner.replaceFirst("\"", "\"" + path + "."));
            case "L" -> listLoss(path, value.l());
            default -> Optional.empty();
        };
    }

    private static Optional<String> listLoss(String path, List<AttributeValue> members) {
        for (int i = 0; i < members.size(); i++) {
            Optional<String> loss = plainLoss(path + "[" + i + "]", members.get(i));
            if (loss.isPresent()) {
                return loss;
            }
        }
        return Optional.empty();
    }

    /** The line a JSON problem names (its messages say "line 3, column 7"); 0 when it names none. */
    static int line(String problem) {
        Matcher matcher = POSITION.matcher(problem);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** The column a problem names (from 1), or 0 when it names none. */
    static int column(String problem) {
        Matcher matcher = POSITION.matcher(problem);
        return matcher.find() ? Integer.parseInt(matcher.group(2)) : 0;
    }
}
