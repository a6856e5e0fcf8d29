package org.galley.progress;

import java.time.Clock;
import org.galley.common.AuditTrail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The clock claims are timed with (tests pass their own to the services), the sweep of idle claims, and the end of a
 * user's claims when they log out: Vaadin's log-out invalidates the session, which Spring Security reports as a
 * {@link SessionDestroyedEvent} once {@link HttpSessionEventPublisher} is registered (a session that times out ends
 * its user's claims the same way).
 */
@Configuration
@EnableScheduling
class ProgressConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    ClaimsEndAtLogout claimsEndAtLogout(ClaimService claims) {
        return new ClaimsEndAtLogout(claims);
    }

    static final class ClaimsEndAtLogout {
        private final ClaimService claims;

        ClaimsEndAtLogout(ClaimService claims) {
            this.claims = claims;
        }

        @EventListener
        void sessionEnded(SessionDestroyedEvent event) {
            for (SecurityContext context : event.getSecurityContexts()) {
                if (context.getAuthentication() != null && context.getAuthentication().getName() != null) {
                    claims.releaseAllOf(context.getAuthentication().getName());
                }
            }
        }

        @EventListener
        void loggedOut(LogoutSuccessEvent event) {
            claims.releaseAllOf(event.getAuthentication().getName());
        }
    }
}
