package dev.streamlab.ui.triggers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest invocations' log lines and derived writes, and the records those writes produced, kept on the FX
 * thread. They arrive before the invocation that is shown (a trigger logs and writes before it returns) and its
 * records may come just before or long after, so they are kept by id until asked for. Bounded: old ones go first.
 */
final class RecentStory {

    private static final int INVOCATIONS = 512;
    private static final int RECORDS = 8_192;
    private static final int LINES_PER_INVOCATION = 500;

    private final Map<String, List<String>> logs = bounded(INVOCATIONS);
    private final Map<String, List<WrittenItem>> writes = bounded(INVOCATIONS);
    private final Map<String, RecordChange> records = bounded(RECORDS);

    private static <V> Map<String, V> bounded(int size) {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }

    void add(StoryEvent event) {
        if (event instanceof StoryEvent.Logged logged) {
            List<String> lines = logs.computeIfAbsent(logged.requestId(), id -> new ArrayList<>());
            if (lines.size() < LINES_PER_INVOCATION) {
                lines.add(logged.line());
            }
        } else if (event instanceof StoryEvent.Wrote wrote) {
            writes.computeIfAbsent(wrote.invocationId(), id -> new ArrayList<>()).add(wrote.write());
        } else if (event instanceof StoryEvent.Produced produced) {
            records.put(produced.writeId(), produced.change());
        }
    }

    List<String> logsOf(String requestId) {
        return List.copyOf(logs.getOrDefault(requestId, List.of()));
    }

    List<DerivedWriteRow> writesOf(String requestId) {
        return writes.getOrDefault(requestId, List.of()).stream()
                .map(write -> DerivedWriteRow.of(write, records.get(write.writeId()))).toList();
    }

    void clear() {
        logs.clear();
        writes.clear();
        records.clear();
    }
}
