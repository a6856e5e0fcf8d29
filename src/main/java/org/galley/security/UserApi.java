package org.galley.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/users}: staff accounts, for admins' scripts. */
@RestController
class UserApi {

    private final UserService users;

    UserApi(UserService users) {
        this.users = users;
    }

    @GetMapping("/api/users")
    List<StaffUser> list() {
        return users.list();
    }
}
