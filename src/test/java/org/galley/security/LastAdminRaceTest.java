package org.galley.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.galley.common.UserFacingException;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two admins removing each other at the same moment must leave one of them. */
@IntegrationTest
class LastAdminRaceTest {

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoAdminsDisablingOrDemotingEachOtherAtOnceLeaveOneActiveAdmin() throws Exception {
        // The rule counts every admin in the database: park the others for the test, restore them after.
        List<Long> parked = jdbc.sql("select id from app_user where role = 'ADMIN' and enabled").query(Long.class).list();
        jdbc.sql("update app_user set enabled = false where id in (:ids)").param("ids", parked).update();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String a = "ra" + UUID.randomUUID().toString().substring(0, 8);
                String b = "rb" + UUID.randomUUID().toString().substring(0, 8);
                jdbc.sql("insert into app_user (username, display_name, password_hash, role) values (:a, :a, 'x', 'ADMIN'), (:b, :b, 'x', 'ADMIN')")
                        .param("a", a).param("b", b).update();
                CyclicBarrier barrier = new CyclicBarrier(2);
                boolean demote = round % 2 == 1;
                Future<?> first = pool.submit(() -> removeAsAdmin(barrier, a, demote));
                Future<?> second = pool.submit(() -> removeAsAdmin(barrier, b, demote));
                first.get();
                second.get();
                long active = jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled").query(Long.class).single();
                assertThat(active).as("round %d (%s)", round, demote ? "demote" : "disable").isEqualTo(1);
                jdbc.sql("update app_user set enabled = false where username in (:a, :b)").param("a", a).param("b", b).update();
            }
        } finally {
            pool.shutdown();
            jdbc.sql("update app_user set enabled = true where id in (:ids)").param("ids", parked).update();
        }
    }

    private Void removeAsAdmin(CyclicBarrier barrier, String target, boolean demote) throws Exception {
        barrier.await();
        LoginAndApiSecurityTest.asAdmin(() -> {
            try {
                if (demote) {
                    users.setRole(target, Role.EDITOR);
                } else {
                    users.setEnabled(target, false);
                }
            } catch (UserFacingException e) {
                assertThat(e.key()).isEqualTo("users.error.lastAdmin");
            }
        });
        return null;
    }
}
