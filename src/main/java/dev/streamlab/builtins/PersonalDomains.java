package dev.streamlab.builtins;

import dev.streamlab.model.UserInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mail domains that mark an address as personal. An address matches on its whole domain (after the last
 * '@', ignoring case): seed 003's {@code email.endswith(domain)} also counted x@notgmail.com as personal.
 */
final class PersonalDomains {

    static final String VARIABLE = "PERSONAL_DOMAINS";
    static final PersonalDomains DEFAULT = new PersonalDomains(Set.of("gmail.com", "outlook.com", "hotmail.com"));

    private final Set<String> domains;

    private PersonalDomains(Set<String> domains) {
        this.domains = domains;
    }

    /** @param list comma-separated, e.g. "gmail.com, outlook.com" */
    static PersonalDomains parse(String list) {
        Set<String> domains = Arrays.stream(list.split(","))
                .map(domain -> domain.trim().toLowerCase(Locale.ROOT))
                .filter(domain -> !domain.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (domains.isEmpty() || domains.stream().anyMatch(domain -> domain.contains("@") || domain.contains(" "))) {
            throw new UserInputException(VARIABLE + " must be a comma-separated list of mail domains such as "
                    + "gmail.com,outlook.com, not '" + list + "'.");
        }
        return new PersonalDomains(domains);
    }

    /** An address without '@' has no domain, so it is not personal. */
    boolean isPersonal(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
        return domains.contains(domain);
    }
}
