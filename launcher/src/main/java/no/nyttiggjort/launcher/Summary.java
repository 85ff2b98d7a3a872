package no.nyttiggjort.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text shown once the stack is up: where everything is and how to log in. */
final class Summary {

    private Summary() {
    }

    static String text(Stack stack) {
        StackConfig config = stack.config();
        DemoData demo = DemoData.fromResource();
        StringBuilder out = new StringBuilder();
        String gateway = stack.url(Stack.GATEWAY);
        out.append("\nNyttiggjort is running. Ctrl-C (or ./nyttiggjort stop) stops everything.\n\n");
        row(out, "Gateway (the API)", gateway);
        row(out, "Swagger UI", gateway + "/q/swagger-ui");
        for (ServiceSpec spec : ServiceSpec.BACKENDS) {
            for (String instance : stack.instances(spec.name())) {
                row(out, "  " + instance, stack.url(instance) + "/q/swagger-ui");
            }
        }
        if (config.externalKeycloakUrl().isPresent()) {
            row(out, "Keycloak (external)", stack.url(Stack.KEYCLOAK));
        } else {
            row(out, "Keycloak admin", stack.url(Stack.KEYCLOAK) + "  (admin / admin)");
        }
        row(out, "Issuer", stack.issuerUrl());
        row(out, "PostgreSQL", stack.url(Stack.POSTGRES) + "  (" + stack.dbUser() + "; databases project, "
                + "scoring, certification" + (config.externalKeycloakUrl().isEmpty() ? ", keycloak" : "") + ")");
        row(out, "Logs", config.logDir().toString());
        row(out, "Data", config.dataDir() + "  (kept between runs; delete it for a fresh start)");

        out.append("\nDemo logins (realm ").append(StackConfig.REALM).append(", password \"")
                .append(demo.password()).append("\" for all):\n");
        List<String[]> logins = logins(config, demo.municipalityNames());
        if (logins.isEmpty()) {
            out.append("  (see identity/README.md)\n");
        }
        for (String[] login : logins) {
            out.append(String.format(Locale.ROOT, "  %-16s %-20s %s%n", login[0], login[1], login[2]));
        }

        out.append("\nGet a token and call the API:\n")
                .append("  TOKEN=$(curl -s -d grant_type=password -d client_id=").append(demo.client())
                .append(" -d username=kari.nordmann -d password=").append(demo.password()).append(" \\\n")
                .append("      ").append(stack.tokenUrl())
                .append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n")
                .append("  curl -H \"Authorization: Bearer $TOKEN\" ").append(gateway).append("/api/v1/projects\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "  %-23s %s%n", label, value));
    }

    /**
     * Read from the realm file itself, so that the list cannot drift from the users Keycloak
     * actually has (service accounts left out).
     */
    private static List<String[]> logins(StackConfig config, Map<String, String> municipalityNames) {
        List<String[]> logins = new ArrayList<>();
        if (!Files.isRegularFile(config.realmFile())) {
            return logins;
        }
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(config.realmFile().toFile());
        } catch (IOException e) {
            throw new StackException("Cannot read the realm file " + config.realmFile() + ": " + e.getMessage(), e);
        }
        for (JsonNode user : realm.path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                continue;
            }
            String number = user.path("attributes").path("municipality").path(0).asText("");
            String municipality = number.isEmpty() ? "" : number + " " + municipalityNames.getOrDefault(number, "");
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(r -> roles.add(r.asText()));
            logins.add(new String[] {user.path("username").asText(), municipality.trim(), String.join(", ", roles)});
        }
        return logins;
    }
}
