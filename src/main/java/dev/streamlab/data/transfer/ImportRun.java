package dev.streamlab.data.transfer;

import dev.streamlab.data.BatchLoader;
import dev.streamlab.data.ItemLimits;
import dev.streamlab.data.KeyCheck;
import dev.streamlab.data.SdkErrors;
import dev.streamlab.data.TableInfo;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One import: reads, checks, batches and writes, keeping count of what was written and what was not. */
final class ImportRun {

    private static final int BATCH = 25;

    private final DynamoDbClient dynamo;
    private final TableInfo table;
    private final String file;
    private final ItemSource source;
    private final LongConsumer progress;
    private final List<SourceItem> batch = new ArrayList<>();
    private final Set<KeyIdentity> keysInBatch = new HashSet<>();
    private final List<String> failures = new ArrayList<>();
    private long written;

    ImportRun(DynamoDbClient dynamo, TableInfo table, String file, ItemSource source, LongConsumer progress) {
        this.dynamo = dynamo;
        this.table = table;
        this.file = file;
        this.source = source;
        this.progress = progress;
    }

    ImportResult run(BooleanSupplier cancelled) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                return new ImportResult(written, failures, true);
            }
            Optional<SourceItem> next = read();
            if (next.isEmpty()) {
                break;
            }
            next.get().problem().ifPresentOrElse(failures::add, () -> add(next.get()));
        }
        flush();
        return new ImportResult(written, failures, false);
    }

    private Optional<SourceItem> read() {
        try {
            return source.next();
        } catch (IOException e) {
            failures.add(file + " cannot be read further (" + e.getMessage() + "): it may not be UTF-8 text; the"
                    + " rest of the file was not read.");
            return Optional.empty();
        }
    }

    private void add(SourceItem next) {
        String where = file + " line " + next.line();
        try {
            KeyCheck.requireKeyAttributes(table, next.item(), where);
            ItemLimits.requireItem(next.item(), where);
        } catch (UserInputException e) {
            failures.add(e.getMessage());
            return;
        }
        // DynamoDB refuses a batch that holds one key twice: the later item goes in the next batch, and wins.
        if (!keysInBatch.add(KeyIdentity.of(table, next.item()))) {
            flush();
            keysInBatch.add(KeyIdentity.of(table, next.item()));
        }
        batch.add(next);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Map<String, AttributeValue>> items = batch.stream().map(SourceItem::item).toList();
        try {
            new BatchLoader(dynamo).write(table.name(), items, count -> { });
            written += items.size();
        } catch (UserInputException refused) {
            stopIfUnreachable(refused);
            batch.forEach(this::putAlone);
        }
        batch.clear();
        keysInBatch.clear();
        progress.accept(written);
    }

    /** DynamoDB refused the batch for one of its items: each goes alone, so only the refused ones fail. */
    private void putAlone(SourceItem item) {
        try {
            SdkErrors.translate(() -> dynamo.putItem(put -> put.tableName(table.name()).item(item.item())),
                    "table " + table.name());
            written++;
        } catch (UserInputException e) {
            stopIfUnreachable(e);
            failures.add(file + " line " + item.line() + ": " + e.getMessage());
        }
    }

    private void stopIfUnreachable(UserInputException e) {
        if (e.getCause() instanceof SdkClientException) {
            throw new UserInputException(e.getMessage().replaceFirst("\\.$", "") + "; " + written
                    + " items were written before it, and the import stopped at " + file + " line "
                    + batch.get(0).line() + ".", e);
        }
    }
}
