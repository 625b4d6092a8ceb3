package dev.streamlab.builtins;

import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerFactory;
import java.util.Map;

/** Makes {@link EmailChecker}s: PERSONAL_DOMAINS (comma-separated) and TABLE_NAME (default: the record's table). */
public final class EmailCheckerFactory implements TriggerFactory {

    @Override
    public String name() {
        return "email-checker";
    }

    @Override
    public String description() {
        return "Sets IsPersonalEmail from the Email's domain, writing only when the flag must change (seed 003).";
    }

    @Override
    public Trigger create(Map<String, String> environment) {
        var settings = new Settings(environment);
        var domains = settings.text(PersonalDomains.VARIABLE).map(PersonalDomains::parse)
                .orElse(PersonalDomains.DEFAULT);
        return new EmailChecker(domains, settings.name("TABLE_NAME"));
    }
}
