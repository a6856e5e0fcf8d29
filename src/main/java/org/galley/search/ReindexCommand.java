package org.galley.search;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.galley.common.Headless;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@code java -jar galley.jar reindex}: rebuilds the search index from every article's current revision. */
public final class ReindexCommand {

    private ReindexCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            err.println("usage: galley reindex");
            return 2;
        }
        try (ConfigurableApplicationContext ctx = Headless.application(application, Map.of()).run()) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "cli:" + System.getProperty("user.name", "script"), null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            long start = System.nanoTime();
            int n = ctx.getBean(SearchService.class).rebuildAll();
            out.printf("indexed %d article(s) in %d ms%n", n, (System.nanoTime() - start) / 1_000_000);
            return 0;
        }
    }
}
