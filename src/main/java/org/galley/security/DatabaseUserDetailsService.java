package org.galley.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRepository.Credentials c = users.findCredentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(c.username())
                .password(c.passwordHash())
                .disabled(!c.enabled())
                .authorities(List.of(new SimpleGrantedAuthority(c.role().authority())))
                .build();
    }
}
