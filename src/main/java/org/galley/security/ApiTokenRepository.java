package org.galley.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    record TokenOwner(long tokenId, String username, Role role) {
    }

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiToken insert(String username, String name, String sha256, String hint) {
        return jdbc.sql("""
                        insert into api_token (user_id, name, token_sha256, hint)
                        select id, :name, :sha, :hint from app_user where username = :u
                        returning id, name, hint, created_at, last_used_at""")
                .param("u", username).param("name", name).param("sha", sha256).param("hint", hint)
                .query(ApiTokenRepository::map).single();
    }

    List<ApiToken> findActive(String username) {
        return jdbc.sql("""
                        select t.id, t.name, t.hint, t.created_at, t.last_used_at
                        from api_token t join app_user u on u.id = t.user_id
                        where u.username = :u and t.revoked_at is null
                        order by t.created_at desc, t.id desc""")
                .param("u", username).query(ApiTokenRepository::map).list();
    }

    int countActive(String username) {
        return jdbc.sql("""
                        select count(*) from api_token t join app_user u on u.id = t.user_id
                        where u.username = :u and t.revoked_at is null""")
                .param("u", username).query(Integer.class).single();
    }

    /** Only the owner's own, active token: anyone else's id is "no such token". */
    int revoke(String username, long id) {
        return jdbc.sql("""
                        update api_token set revoked_at = now()
                        where id = :id and revoked_at is null and user_id = (select id from app_user where username = :u)""")
                .param("id", id).param("u", username).update();
    }

    /** The owner of an active token whose account is enabled. */
    Optional<TokenOwner> findOwner(String sha256) {
        return jdbc.sql("""
                        select t.id, u.username, u.role
                        from api_token t join app_user u on u.id = t.user_id
                        where t.token_sha256 = :sha and t.revoked_at is null and u.enabled""")
                .param("sha", sha256)
                .query((rs, n) -> new TokenOwner(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .optional();
    }

    void touch(long id) {
        jdbc.sql("update api_token set last_used_at = now() where id = :id").param("id", id).update();
    }

    private static ApiToken map(ResultSet rs, int n) throws SQLException {
        Timestamp used = rs.getTimestamp("last_used_at");
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("hint"),
                rs.getTimestamp("created_at").toInstant(), used == null ? null : used.toInstant());
    }
}
