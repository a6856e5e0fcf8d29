package org.galley.common;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Galley without its web server, for the command line and benchmarks: the same services, transactions and
 * permission checks on the same database, but no Tomcat, no Vaadin, no demo-page import.
 */
public final class Headless {

    private Headless() {
    }

    public static SpringApplicationBuilder application(Class<?> application, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>();
        // Vaadin's auto-configurations need a servlet context; without a web server they must stay off.
        all.put("spring.autoconfigure.exclude", String.join(",",
                "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        all.put("galley.seeds.enabled", "false");
        all.put("logging.level.root", "WARN");
        all.putAll(properties);
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).properties(all);
    }
}
