package no.nyttiggjort.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Keycloak from the distribution the launcher module unpacks, in dev mode but with its data in our
 * PostgreSQL, so that users, sessions and admin changes survive a restart.
 */
final class KeycloakProcess implements Component {

    private final Path home;
    private final int port;
    private final Path realmFile;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final Map<String, String> extraEnv;
    private final Duration timeout;
    private final String jvmMarker;
    private final Path transactionLogs;
    private final ManagedProcess process;

    KeycloakProcess(Path home, int port, Path realmFile, String jdbcUrl, String dbUser, String dbPassword,
            Map<String, String> extraEnv, Duration timeout, String jvmMarker, Path transactionLogs, Path logFile,
            Consumer<String> onUnexpectedExit) {
        this.home = home;
        this.port = port;
        this.realmFile = realmFile;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.extraEnv = extraEnv;
        this.timeout = timeout;
        this.jvmMarker = jvmMarker;
        this.transactionLogs = transactionLogs;
        this.process = new ManagedProcess(Stack.KEYCLOAK, logFile, onUnexpectedExit);
    }

    static Path script(Path home) {
        return home.resolve("bin/kc.sh");
    }

    static URI readinessUrl(String baseUrl) {
        return URI.create(baseUrl + "/realms/" + StackConfig.REALM + "/.well-known/openid-configuration");
    }

    String baseUrl() {
        return "http://" + StackConfig.HOST + ":" + port;
    }

    @Override
    public String name() {
        return Stack.KEYCLOAK;
    }

    @Override
    public void start(BooleanSupplier aborted) {
        if (aborted.getAsBoolean()) {
            throw new Readiness.Aborted(name());
        }
        copyRealm();
        Path script = script(home);
        List<String> command = new ArrayList<>();
        if (!Files.isExecutable(script)) {
            // An unzip that dropped the permission bits should not be the reason Keycloak does not start.
            command.add("bash");
        }
        command.add(script.toString());
        command.add("start-dev");
        command.add("--http-host=" + StackConfig.HOST);
        command.add("--http-port=" + port);
        // Tokens carry this as `iss`, and the services compare it with their auth-server-url character by character.
        command.add("--hostname=" + baseUrl());
        command.add("--import-realm");

        Map<String, String> env = new LinkedHashMap<>();
        // The same JDK that runs the launcher; kc.sh would otherwise pick whatever `java` is on the PATH.
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("KC_DB", "postgres");
        env.put("KC_DB_URL", jdbcUrl);
        env.put("KC_DB_USERNAME", dbUser);
        env.put("KC_DB_PASSWORD", dbPassword);
        // Keycloak's shutdown reflects into java.lang, which JDK 24+ refuses without this; harmless on 17.
        String append = System.getenv().getOrDefault("JAVA_OPTS_APPEND", "");
        // Narayana's object store would otherwise be in <kc-home>/data, shared by every Keycloak started
        // from this distribution (a developer's and a system test's at once); each stack keeps its own.
        String objectStore = "-Dquarkus.transaction-manager.object-store.directory=" + transactionLogs;
        // kc.sh splits JAVA_OPTS with xargs, which honours single quotes: a data directory with spaces survives.
        env.put("JAVA_OPTS_APPEND", (append + " --add-opens=java.base/java.lang=ALL-UNNAMED '" + jvmMarker + "' '"
                + objectStore + "'").trim());
        env.putAll(extraEnv);

        process.start(command, env, home);
        Readiness.await(name(), readinessUrl(baseUrl()), timeout, process, aborted);
    }

    /**
     * --import-realm reads data/import/*.json and skips a realm that already exists in the database,
     * so copying on every start is safe and picks up the file for a fresh database.
     */
    private void copyRealm() {
        Path importDir = home.resolve("data/import");
        try {
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("Cannot copy the realm " + realmFile + " to " + importDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean stop(Duration grace) {
        return process.stop(grace);
    }

    @Override
    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public Path logFile() {
        return process.logFile();
    }
}
