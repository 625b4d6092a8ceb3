package dev.streamlab.builtins;

import dev.streamlab.json.ItemJson;
import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerContext;
import dev.streamlab.trigger.TriggerEvent;

/** Seed 002's dynamoDBEventLogger: logs each record's dynamodb.Keys, which even a KEYS_ONLY stream carries. */
final class KeyLogger implements Trigger {

    @Override
    public BatchResponse handle(TriggerEvent event, TriggerContext context) {
        for (StreamRecord record : event.records()) {
            context.log(ItemJson.writeDynamo(record.keys()));
        }
        return BatchResponse.success();
    }
}
