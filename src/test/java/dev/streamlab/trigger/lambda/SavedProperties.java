package dev.streamlab.trigger.lambda;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JVM-wide properties a Lambda handler trigger sets, put back after a test so others never see them. */
final class SavedProperties {

    private final Map<String, Optional<String>> saved = new HashMap<>();

    SavedProperties(List<String> environmentNames) {
        List.of(SdkDefaults.REGION, SdkDefaults.DYNAMODB_ENDPOINT, SdkDefaults.STREAMS_ENDPOINT,
                SdkDefaults.ACCESS_KEY, SdkDefaults.SECRET_KEY).forEach(this::save);
        environmentNames.forEach(this::save);
    }

    private void save(String name) {
        saved.put(name, Optional.ofNullable(System.getProperty(name)));
    }

    void restore() {
        saved.forEach((name, value) -> value.ifPresentOrElse(v -> System.setProperty(name, v),
                () -> System.clearProperty(name)));
    }
}
