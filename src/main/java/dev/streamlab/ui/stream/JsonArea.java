package dev.streamlab.ui.stream;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/** Read-only JSON in a code area, its marked lines coloured by what happened to the attribute written there. */
final class JsonArea {

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> pane = new VirtualizedScrollPane<>(area);

    JsonArea(String id) {
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("json-area");
    }

    Node node() {
        return pane;
    }

    CodeArea area() {
        return area;
    }

    void show(MarkedJson json) {
        area.replaceText(json.text());
        for (MarkedJson.Mark mark : json.marks()) {
            List<String> style = List.of("mark-" + mark.kind().name().toLowerCase(Locale.ROOT));
            for (int line = mark.firstLine(); line <= mark.lastLine(); line++) {
                area.setParagraphStyle(line, style);
            }
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
        // A change far down a large item is brought into view; otherwise the item shows from its top.
        json.marks().stream().findFirst().ifPresent(mark -> area.showParagraphInViewport(mark.firstLine()));
    }
}
