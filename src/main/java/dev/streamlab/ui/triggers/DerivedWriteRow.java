package dev.streamlab.ui.triggers;

/**
 * One derived write of the last invocation: what the trigger wrote, and once its stream record arrives, what the
 * item went through.
 *
 * @param title  e.g. "UpdateItem CloudAcademyLabs"
 * @param keys   the record's keys once known, else what the request named
 * @param change before → after, or why it is not known yet
 */
public record DerivedWriteRow(String writeId, String title, String keys, String eventName, String change,
        String before, String after) {

    static DerivedWriteRow of(WrittenItem write, RecordChange record) {
        String title = write.operation() + " " + write.table();
        if (record == null) {
            return new DerivedWriteRow(write.writeId(), title, write.item(), "",
                    "no stream record yet (an update that changed nothing makes none)", "", "");
        }
        return new DerivedWriteRow(write.writeId(), title, record.keys(), record.eventName(), record.change(),
                record.before(), record.after());
    }

    /** Before and after in full, for the row's tooltip. */
    public String images() {
        if (before.isEmpty() && after.isEmpty()) {
            return change;
        }
        return "Before:\n" + (before.isEmpty() ? "—" : before) + "\n\nAfter:\n" + (after.isEmpty() ? "—" : after);
    }
}
