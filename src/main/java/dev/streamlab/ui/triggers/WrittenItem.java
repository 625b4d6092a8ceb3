package dev.streamlab.ui.triggers;

import dev.streamlab.json.ItemJson;
import dev.streamlab.trigger.trace.WriteTraced;

/**
 * A derived write as the trace tells it, before its stream record is known.
 *
 * @param item the key it names (UpdateItem, DeleteItem) or the whole item it puts, on one line
 */
record WrittenItem(String writeId, String operation, String table, String item) {

    static WrittenItem of(WriteTraced traced) {
        return new WrittenItem(traced.id(), traced.write().operation(), traced.write().table(),
                Formats.oneLine(ItemJson.toPlainNode(traced.write().key()), 120));
    }
}
