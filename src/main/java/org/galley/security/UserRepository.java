package org.galley.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    record Credentials(String username, String passwordHash, Role role, boolean enabled) {
    }

    private static final String COLUMNS = "id, username, display_name, role, enabled, locale, created_at";
    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    List<StaffUser> findAll() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by username").query(UserRepository::map).list();
    }

    Optional<StaffUser> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = :u").param("u", username)
                .query(UserRepository::map).optional();
    }

    Optional<Credentials> findCredentials(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> new Credentials(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4)))
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class).single() > 0;
    }

    /** False when the name is taken (also by an insert running at the same moment). */
    boolean insert(String username, String displayName, String passwordHash, Role role) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role) values (:u, :d, :p, :r)
                        on conflict (username) do nothing""")
                .param("u", username).param("d", displayName).param("p", passwordHash).param("r", role.name())
                .update() == 1;
    }

    int updateRole(String username, Role role) {
        return jdbc.sql("update app_user set role = :r where username = :u").param("r", role.name()).param("u", username).update();
    }

    int updateEnabled(String username, boolean enabled) {
        return jdbc.sql("update app_user set enabled = :e where username = :u").param("e", enabled).param("u", username).update();
    }

    int updatePassword(String username, String passwordHash) {
        return jdbc.sql("update app_user set password_hash = :p where username = :u").param("p", passwordHash).param("u", username).update();
    }

    int updateLocale(String username, String locale) {
        return jdbc.sql("update app_user set locale = :l where username = :u").param("l", locale).param("u", username).update();
    }

    /**
     * Counts the enabled admins and locks their rows until the transaction ends, so two admins demoting or
     * disabling each other at the same moment are serialized: the second one waits, then sees the first one's
     * change (PostgreSQL re-checks the condition on a row it waited for) and is refused as the last admin.
     */
    long lockEnabledAdmins() {
        return jdbc.sql("select id from app_user where role = 'ADMIN' and enabled order by id for update")
                .query(Long.class).list().size();
    }

    private static StaffUser map(ResultSet rs, int n) throws SQLException {
        return new StaffUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getString("locale"),
                rs.getTimestamp("created_at").toInstant());
    }
}
