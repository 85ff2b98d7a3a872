package no.nyttiggjort.gateway.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Which paths the gateway lets through without a token, read from the same
 * {@code quarkus.http.auth.permission.<name>.paths/policy} settings that Quarkus enforces, so the API
 * description cannot promise a public path that the gateway would refuse, or the other way round.
 * As in Quarkus, the most specific (longest) matching path decides; {@code /x/*} matches /x and below.
 */
final class PublicPaths {

    private static final Pattern PERMISSION_PATHS = Pattern.compile("quarkus\\.http\\.auth\\.permission\\.([^.]+)\\.paths");

    private record Rule(String path, boolean permit) {

        boolean matches(String candidate) {
            if (path.endsWith("/*")) {
                String base = path.substring(0, path.length() - 2);
                return candidate.equals(base) || candidate.startsWith(base + "/");
            }
            return candidate.equals(path);
        }
    }

    private final List<Rule> rules;

    private PublicPaths(List<Rule> rules) {
        this.rules = rules;
    }

    static PublicPaths from(Config config) {
        List<Rule> rules = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = PERMISSION_PATHS.matcher(name);
            if (!matcher.matches()) {
                continue;
            }
            String permission = matcher.group(1);
            boolean enabled = config.getOptionalValue("quarkus.http.auth.permission." + permission + ".enabled", Boolean.class)
                    .orElse(true);
            if (!enabled) {
                continue;
            }
            boolean permit = config.getOptionalValue("quarkus.http.auth.permission." + permission + ".policy", String.class)
                    .map("permit"::equals).orElse(false);
            for (String path : config.getValues(name, String.class)) {
                rules.add(new Rule(path.trim(), permit));
            }
        }
        return new PublicPaths(rules);
    }

    /** True when the gateway answers this path (an OpenAPI path template) without asking for a token. */
    boolean isPublic(String path) {
        Optional<Rule> decisive = rules.stream().filter(rule -> rule.matches(path))
                .max(Comparator.comparingInt(rule -> rule.path().length()));
        return decisive.map(Rule::permit).orElse(false);
    }
}
