package org.galley.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.galley.common.GalleyI18NProvider;
import org.galley.common.Headless;
import org.galley.common.UserFacingException;
import org.galley.issue.NewIssue;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code java -jar galley.jar import --title T --date D [--edition E] [--number N] [--encoding CS] FILE...}:
 * batch import for scripts, through the same import service as the editor and the API, without a web server.
 */
public final class ImportCommand {

    static final String USAGE = "usage: galley import --title TITLE --date YYYY-MM-DD [--edition E] [--number N] [--encoding CHARSET] FILE|FOLDER...";

    private ImportCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<PageFile> files = new ArrayList<>();
        for (Path p : options.files()) {
            try {
                if (Files.isDirectory(p)) {
                    // An issue folder (NDNP: a METS with its ALTO, PDFs and images): its files, named by their
                    // path inside it; symbolic links are not followed.
                    try (var walk = Files.walk(p, 4)) {
                        for (Path f : walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                            files.add(new PageFile(p.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f)));
                        }
                    }
                    continue;
                }
                files.add(new PageFile(p.getFileName().toString(), Files.readAllBytes(p)));
            } catch (IOException e) {
                err.println("import: cannot read " + p + ": " + e.getMessage());
                return 2;
            }
        }
        try (ConfigurableApplicationContext ctx = Headless.application(application, Map.of()).run()) {
            String actor = "cli:" + System.getProperty("user.name", "script");
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                    List.of(new SimpleGrantedAuthority("ROLE_CORRECTOR"))));
            ImportResult result = ctx.getBean(ImportService.class).importIssue(
                    new NewIssue(options.title(), options.date(), options.edition(), options.number(), null),
                    files, options.encoding());
            out.printf("imported issue %d: %d page(s), %d article(s)%n", result.issueId(), result.pages(), result.articles());
            if (result.removedCharacters() > 0) {
                out.printf("removed %d character(s) no export can hold%n", result.removedCharacters());
            }
            return 0;
        } catch (UserFacingException e) {
            err.println("import: " + new GalleyI18NProvider().getTranslation(e.key(), Locale.ENGLISH, e.args()) + " Nothing was imported.");
            return 1;
        }
    }

    record Options(String title, LocalDate date, String edition, String number, String encoding, List<Path> files) {
        static Options parse(String[] args) {
            String title = null;
            String date = null;
            String edition = "";
            String number = null;
            String encoding = null;
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--title" -> title = v;
                        case "--date" -> date = v;
                        case "--edition" -> edition = v;
                        case "--number" -> number = v;
                        case "--encoding" -> encoding = v;
                        default -> throw new IllegalArgumentException("unknown option " + a);
                    }
                } else {
                    files.add(Path.of(a));
                }
            }
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("--title is required");
            }
            if (date == null) {
                throw new IllegalArgumentException("--date is required");
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("name at least one page file");
            }
            try {
                return new Options(title, LocalDate.parse(date), edition, number, encoding, files);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date must look like 2023-03-01, not " + date);
            }
        }
    }
}
