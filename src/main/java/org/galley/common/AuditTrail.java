package org.galley.common;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every action with actor, time, action and target. Callers record inside their own
 * transaction, so an action and its audit entry land together or not at all.
 */
@Service
public class AuditTrail {

    public record Event(long id, Instant at, String actor, String action, String target, String detail) {
    }

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String target, String detail) {
        recordAs(currentActor(), action, target, detail);
    }

    /** For events outside a caller's transaction (log-ins), or done by the system at start-up. */
    @Transactional
    public void recordAs(String actor, String action, String target, String detail) {
        jdbc.sql("insert into audit_event (actor, action, target, detail) values (:actor, :action, :target, :detail)")
                .param("actor", actor).param("action", action).param("target", target).param("detail", detail)
                .update();
    }

    @Transactional(readOnly = true)
    public List<Event> recent(int limit) {
        return jdbc.sql("select id, at, actor, action, target, detail from audit_event order by id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("target"), rs.getString("detail")))
                .list();
    }

    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
