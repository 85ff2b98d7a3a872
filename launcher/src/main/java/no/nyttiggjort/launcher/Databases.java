package no.nyttiggjort.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Creates the databases the services and Keycloak expect, on the embedded or an external server. */
final class Databases {

    private Databases() {
    }

    /** @return the databases that had to be created (the others existed already) */
    static List<String> createMissing(String host, int port, String user, String password, List<String> names) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        List<String> created = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            for (String name : names) {
                if (!exists(connection, name)) {
                    try (Statement statement = connection.createStatement()) {
                        // The names are our own constants; CREATE DATABASE takes no bind parameters.
                        statement.execute("CREATE DATABASE \"" + name + "\"");
                    } catch (SQLException e) {
                        throw new StackException("Cannot create database " + name + " on " + host + ":" + port
                                + " as " + user + ": " + e.getMessage(), e);
                    }
                    created.add(name);
                }
            }
        } catch (SQLException e) {
            throw new StackException("Cannot connect to PostgreSQL at " + url + " as " + user + ": " + e.getMessage(), e);
        }
        return created;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
