package dev.streamlab.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionProfileTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://dynamodb.us-east-1.api.aws", "https://dynamodb.us-east-1.api.aws",
        "http://dynamodb.us-east-1.amazonaws.com", "http://dynamodb-fips.us-gov-west-1.amazonaws.com",
        "http://vpce-0abc-1234.dynamodb.eu-west-1.vpce.amazonaws.com", "http://dynamodb.cn-north-1.amazonaws.com.cn",
        "http://DYNAMODB.EU-WEST-1.AMAZONAWS.COM", "http://dynamodb.eu-west-1.amazonaws.com.:80"})
    void everyAwsHostIsAwsOverHttpOrHttps(String endpoint) {
        assertThat(ConnectionProfile.isLocalEndpoint(URI.create(endpoint))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8000", "http://127.0.0.1:8000", "http://dynamodb-local:8000",
        "http://[::1]:8000", "https://localhost:8443"})
    void localServersAreLocal(String endpoint) {
        assertThat(ConnectionProfile.isLocalEndpoint(URI.create(endpoint))).isTrue();
    }
}
