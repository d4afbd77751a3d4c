package org.pressdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.domain.ServerRoleNames;

/**
 * The server's two roles. The owner owns the database and its tables and is the only one to run migrations
 * ({@code pressdesk server migrate}); the everyday role, which every desktop uses, may read and write rows but not
 * create, alter or drop anything, may not touch Flyway's history, and may only add audit rows, never change or
 * remove them.
 */
public final class ServerRoles {
    public static final String OWNER = ServerRoleNames.OWNER;
    public static final String EVERYDAY = ServerRoleNames.EVERYDAY;

    private final String database;
    private final String owner;
    private final String everyday;

    public ServerRoles(String database, String owner, String everyday) {
        this(new ServerRoleNames(database, owner, everyday));
    }

    public ServerRoles(ServerRoleNames names) {
        this.database = names.database();
        this.owner = names.owner();
        this.everyday = names.everyday();
    }

    /** Run by the server's administrator in the maintenance database: the roles and the database. */
    public List<String> creation() {
        return List.of(
                "create role " + owner + " login",
                "create role " + everyday + " login",
                "create database " + database + " owner " + owner + " encoding 'UTF8' template template0",
                "revoke all on database " + database + " from public",
                "grant connect, temporary on database " + database + " to " + everyday);
    }

    /** Run by the administrator inside the new database: nobody but the owner creates objects there. */
    public List<String> schema() {
        return List.of(
                "revoke create on schema public from public",
                "grant usage on schema public to " + everyday);
    }

    /** Run by the owner after each migration: the everyday role's rights on every table, audit rows append-only. */
    public List<String> grants() {
        return List.of(
                "grant select, insert, update, delete on all tables in schema public to " + everyday,
                "grant usage, select on all sequences in schema public to " + everyday,
                "revoke insert, update, delete, truncate on flyway_schema_history from " + everyday,
                "revoke update, delete, truncate on audit_event from " + everyday);
    }

    public String database() {
        return database;
    }

    public String owner() {
        return owner;
    }

    public String everyday() {
        return everyday;
    }

    /**
     * Creates both roles and the database, as the server's administrator ({@code admin}, connected to the
     * maintenance database named in {@code maintenance}). Passwords are hashed (SCRAM) here, never sent in SQL.
     */
    public void apply(ServerAddress maintenance, ServerLogin admin, char[] ownerPassword, char[] everydayPassword) {
        try (Connection connection = connection(maintenance, admin)) {
            run(connection, creation());
            PGConnection pg = connection.unwrap(PGConnection.class);
            pg.alterUserPassword(owner, ownerPassword.clone(), "scram-sha-256");
            pg.alterUserPassword(everyday, everydayPassword.clone(), "scram-sha-256");
        } catch (SQLException e) {
            throw ServerFaults.inSetup(e, maintenance, admin);
        }
        ServerAddress created = new ServerAddress(maintenance.host(), maintenance.port(), database);
        try (Connection connection = connection(created, admin)) {
            run(connection, schema());
        } catch (SQLException e) {
            throw ServerFaults.inSetup(e, created, admin);
        }
    }

    /** Gives the everyday role its rights on the tables as they are now (after a migration). */
    public void grant(Database ownerDatabase) {
        ownerDatabase.inTransaction(() -> grants().forEach(sql -> ownerDatabase.dsl().execute(sql)));
    }

    private static Connection connection(ServerAddress address, ServerLogin login) throws SQLException {
        return PostgresConnections.source(address, login).getConnection();
    }

    private static void run(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
