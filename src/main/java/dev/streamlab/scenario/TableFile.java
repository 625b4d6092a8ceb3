package dev.streamlab.scenario;

import dev.streamlab.data.TableInfo;
import java.nio.file.Path;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/** One of a scenario's table files: the CreateTable request, and the table it makes, to check items against. */
public record TableFile(Path path, CreateTableRequest request, TableInfo table) {

    public String name() {
        return request.tableName();
    }
}
