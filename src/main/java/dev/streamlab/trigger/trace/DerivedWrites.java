package dev.streamlab.trigger.trace;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The items a DynamoDB request writes, read off the request itself. */
final class DerivedWrites {

    private DerivedWrites() {
    }

    static List<DerivedWrite> of(SdkRequest request) {
        List<DerivedWrite> writes = new ArrayList<>();
        if (request instanceof PutItemRequest put) {
            writes.add(new DerivedWrite("PutItem", put.tableName(), put.item()));
        } else if (request instanceof UpdateItemRequest update) {
            writes.add(new DerivedWrite("UpdateItem", update.tableName(), update.key()));
        } else if (request instanceof DeleteItemRequest delete) {
            writes.add(new DerivedWrite("DeleteItem", delete.tableName(), delete.key()));
        } else if (request instanceof BatchWriteItemRequest batch) {
            batch.requestItems().forEach((table, requests) -> requests.forEach(write -> writes.add(
                    write.putRequest() != null ? new DerivedWrite("PutItem", table, write.putRequest().item())
                            : new DerivedWrite("DeleteItem", table, write.deleteRequest().key()))));
        } else if (request instanceof TransactWriteItemsRequest transaction) {
            transaction.transactItems().forEach(item -> {
                if (item.put() != null) {
                    writes.add(new DerivedWrite("PutItem", item.put().tableName(), item.put().item()));
                } else if (item.update() != null) {
                    writes.add(new DerivedWrite("UpdateItem", item.update().tableName(), item.update().key()));
                } else if (item.delete() != null) {
                    writes.add(new DerivedWrite("DeleteItem", item.delete().tableName(), item.delete().key()));
                }
            });
        }
        return writes;
    }
}
