package org.galley.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A real Galley user with a role, for API calls with HTTP Basic (each from its own address, clear of the log-in throttle). */
public final class ApiUsers {

    static final String PASSWORD = "api-user-password-1";

    private ApiUsers() {
    }

    public record ApiUser(String name, Role role) {
        public RequestPostProcessor auth() {
            return r -> {
                r.setRemoteAddr("198.18.7." + (Math.abs(name.hashCode()) % 200 + 1));
                return httpBasic(name, PASSWORD).postProcessRequest(r);
            };
        }
    }

    public static ApiUser create(UserService users, Role role) {
        String name = "api" + role.name().toLowerCase().charAt(0) + UUID.randomUUID().toString().substring(0, 8);
        TestData.asUser("admin", "ROLE_ADMIN", () -> users.create(name, name, PASSWORD, role));
        return new ApiUser(name, role);
    }
}
