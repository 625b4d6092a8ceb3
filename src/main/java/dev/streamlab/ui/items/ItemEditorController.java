package dev.streamlab.ui.items;

import dev.streamlab.data.code.CodeLanguage;
import dev.streamlab.data.code.WriteRequest;
import dev.streamlab.ui.common.TextClipboard;
import java.time.Duration;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** The item editor: the code area kept in step with the view-model's text, its buttons, and the delete dialogs. */
public final class ItemEditorController {

    /** Colouring waits for a pause in typing, so a large item stays smooth to type in. */
    private static final Duration HIGHLIGHT_PAUSE = Duration.ofMillis(120);

    private final ItemsViewModel items;
    private final ItemEditorViewModel editor;

    @FXML
    private Label editorTitle;
    @FXML
    private Button duplicateButton;
    @FXML
    private Button deleteItemButton;
    @FXML
    private MenuButton editorCopyMenu;
    @FXML
    private ToggleButton dynamoToggle;
    @FXML
    private ToggleButton plainToggle;
    @FXML
    private CodeArea itemEditor;
    @FXML
    private Label editorEmpty;
    @FXML
    private Label problemLabel;
    @FXML
    private Label noticeLabel;
    @FXML
    private ComboBox<WriteCondition> conditionChoice;
    @FXML
    private Button saveItemButton;
    private boolean showingViewModelText;
    private int markedLine;

    public ItemEditorController(ItemsViewModel items) {
        this.items = items;
        this.editor = items.editor();
    }

    @FXML
    private void initialize() {
        itemEditor.setParagraphGraphicFactory(LineNumberFactory.get(itemEditor));
        itemEditor.setWrapText(true);
        itemEditor.editableProperty().bind(editor.isOpen());
        itemEditor.textProperty().addListener((observable, before, now) -> {
            if (!showingViewModelText) {
                editor.edit(now);
            }
        });
        editor.text().addListener((observable, before, now) -> showText(now));
        editor.typingStart().addListener((observable, before, position) -> {
            if (position != null) {
                itemEditor.moveTo(Math.min(position, itemEditor.getLength()));
                itemEditor.requestFollowCaret();
                itemEditor.requestFocus();
            }
        });
        itemEditor.multiPlainChanges().successionEnds(HIGHLIGHT_PAUSE).subscribe(changes -> highlight());
        editor.problemLine().addListener((observable, before, line) -> markLine(line.intValue()));
        bindFormat();
        bindLabelsAndButtons();
    }

    private void showText(String text) {
        if (text.equals(itemEditor.getText())) {
            return;
        }
        showingViewModelText = true;
        try {
            itemEditor.replaceText(text);
        } finally {
            showingViewModelText = false;
        }
        // undoing into another item's text (or the other JSON form) would only confuse
        itemEditor.getUndoManager().forgetHistory();
        itemEditor.moveTo(0);
        itemEditor.showParagraphAtTop(0);
        highlight();
    }

    private void highlight() {
        itemEditor.setStyleSpans(0, JsonHighlighter.spans(itemEditor.getText()));
        markLine(editor.problemLine().get());
    }

    /** Marks the line a JSON problem is on, and underlines it from the problem's column to the line's end. */
    private void markLine(int line) {
        int paragraphs = itemEditor.getParagraphs().size();
        if (markedLine > 0 && markedLine <= paragraphs) {
            itemEditor.setParagraphStyle(markedLine - 1, List.of());
            if (line != markedLine) {
                itemEditor.setStyleSpans(0, JsonHighlighter.spans(itemEditor.getText()));
            }
        }
        markedLine = line;
        if (line > 0 && line <= paragraphs) {
            itemEditor.setParagraphStyle(line - 1, List.of("problem-line"));
            int length = itemEditor.getParagraphLength(line - 1);
            int from = Math.min(Math.max(editor.problemColumn().get() - 1, 0), Math.max(length - 1, 0));
            if (length > 0) {
                itemEditor.setStyle(line - 1, from, length, List.of("problem-mark"));
            }
        }
    }

    private void bindFormat() {
        ToggleGroup forms = new ToggleGroup();
        forms.getToggles().setAll(dynamoToggle, plainToggle);
        forms.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                forms.selectToggle(before);
            } else if (!editor.showPlain(now == plainToggle)) {
                forms.selectToggle(before);
            }
        });
        editor.plain().addListener((observable, before, plain) -> forms.selectToggle(plain ? plainToggle
                : dynamoToggle));
    }

    private void bindLabelsAndButtons() {
        editorTitle.textProperty().bind(editor.title());
        editorTitle.setTooltip(fullText(editorTitle));
        editorEmpty.visibleProperty().bind(editor.isOpen().not());
        problemLabel.textProperty().bind(editor.problem());
        problemLabel.setTooltip(fullText(problemLabel));
        noticeLabel.setTooltip(fullText(noticeLabel));
        problemLabel.visibleProperty().bind(editor.problem().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        editor.notice().addListener((observable, before, notice) -> {
            noticeLabel.setText(notice.text());
            noticeLabel.getStyleClass().remove("warning");
            if (notice.warning()) {
                noticeLabel.getStyleClass().add("warning");
            }
        });
        noticeLabel.visibleProperty().bind(noticeLabel.textProperty().isNotEmpty());
        noticeLabel.managedProperty().bind(noticeLabel.visibleProperty());
        conditionChoice.getItems().setAll(WriteCondition.values());
        conditionChoice.valueProperty().bindBidirectional(editor.condition());
        conditionChoice.disableProperty().bind(editor.isOpen().not());
        duplicateButton.disableProperty().bind(editor.isOpen().not());
        deleteItemButton.disableProperty().bind(editor.canDelete().not());
        editorCopyMenu.disableProperty().bind(editor.canCopy().not());
        fillCopyMenu();
        saveItemButton.disableProperty().bind(editor.canSave().not());
    }

    /** The puts, then the deletes, one item per language; the editor's notice says what was copied. */
    private void fillCopyMenu() {
        for (WriteRequest.Kind kind : WriteRequest.Kind.values()) {
            if (!editorCopyMenu.getItems().isEmpty()) {
                editorCopyMenu.getItems().add(new SeparatorMenuItem());
            }
            for (CodeLanguage language : CodeLanguage.values()) {
                var item = new MenuItem(language.label(kind));
                item.setId(kind.name().toLowerCase() + "As" + language.name());
                item.setOnAction(event -> editor.copyAs(kind, language, TextClipboard::copy));
                editorCopyMenu.getItems().add(item);
            }
        }
    }

    /** The whole text of a label that may be cut short. */
    private static Tooltip fullText(Label label) {
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        tooltip.textProperty().bind(label.textProperty());
        return tooltip;
    }

    @FXML
    private void newItem() {
        items.newItem();
    }

    @FXML
    private void duplicate() {
        editor.duplicate();
    }

    @FXML
    private void save() {
        items.save();
    }

    /** Asks first; on AWS the user types the table's name, as dropping a table asks. */
    @FXML
    private void delete() {
        if (DeleteQuestion.ask(itemEditor.getScene().getWindow(), items.onAws(), editor.tableName(),
                "Delete this item from " + editor.tableName() + "?", "Delete " + editor.title().get()
                        + "? The editor keeps its JSON, so Save can put it back.")) {
            editor.delete();
        }
    }
}
