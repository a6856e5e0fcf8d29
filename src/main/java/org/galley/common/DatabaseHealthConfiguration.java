package org.galley.common;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Surviving a lost database: every DataSource reports failed connections, requests get 503 while the database
 * is down, and {@code /actuator/health} (liveness and readiness groups) says so without a log-in.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    static final Status UNAVAILABLE = new Status("DOWN", "the database is unavailable, retrying");

    /** Wraps each DataSource so that a connection the pool cannot give marks the database down. */
    @Bean
    static BeanPostProcessor databaseFailureTracking() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                return bean instanceof DataSource ds && !(bean instanceof TrackedDataSource) ? new TrackedDataSource(ds) : bean;
            }
        };
    }

    @Bean
    HealthIndicator databaseHealthIndicator(DatabaseAvailability availability, DataSource dataSource) {
        return () -> {
            if (!availability.isAvailable()) {
                return Health.status(UNAVAILABLE).withDetail("since", availability.downSince().toString()).build();
            }
            try (Connection c = dataSource.getConnection()) {
                return c.isValid(2) ? Health.up().build() : Health.status(UNAVAILABLE).build();
            } catch (SQLException e) {
                return Health.status(UNAVAILABLE).build();
            }
        };
    }

    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseAvailability availability,
                                                                                GalleyI18NProvider i18n) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(availability, i18n));
        // Before Spring Security (-100), so that a log-in failing on a lost database is never answered 401.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The health endpoint answers without a log-in (load balancers and supervisors have none); it shows no details. */
    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    static final class TrackedDataSource extends DelegatingDataSource implements AutoCloseable {
        TrackedDataSource(DataSource target) {
            super(target);
        }

        /** Closes the pool underneath, as Spring would have closed it unwrapped. */
        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                return super.getConnection();
            } catch (SQLException e) {
                DatabaseFailures.record(e);
                throw e;
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            try {
                return super.getConnection(username, password);
            } catch (SQLException e) {
                DatabaseFailures.record(e);
                throw e;
            }
        }
    }
}
