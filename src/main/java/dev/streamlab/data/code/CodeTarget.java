package dev.streamlab.data.code;

import java.util.Optional;

/**
 * Where copied code should send its request: a DynamoDB Local's endpoint and region, or AWS in a region (whose
 * endpoint the SDKs find themselves).
 */
public record CodeTarget(Optional<String> endpoint, String region) {
}
