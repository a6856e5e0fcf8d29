package org.galley.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no issues yet), imports the demo pages in {@code seeds/} as one demo issue, so a
 * newcomer sees real work the moment they log in. Later starts leave the database alone.
 */
@Component
@Order(10)
class SeedImporter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

    private final IssueService issues;
    private final ImportService importer;
    private final Path seedsDir;
    private final String title;
    private final LocalDate date;
    private final boolean enabled;

    SeedImporter(IssueService issues, ImportService importer,
                 @Value("${galley.seeds.dir:seeds}") Path seedsDir,
                 @Value("${galley.seeds.title:Demo · 平湖}") String title,
                 @Value("${galley.seeds.date:2023-03-01}") LocalDate date,
                 @Value("${galley.seeds.enabled:true}") boolean enabled) {
        this.enabled = enabled;
        this.issues = issues;
        this.importer = importer;
        this.seedsDir = seedsDir;
        this.title = title;
        this.date = date;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || issues.countAll() > 0 || !Files.isDirectory(seedsDir)) {
            return;
        }
        List<PageFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(seedsDir)) {
            for (Path p : list.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                files.add(new PageFile(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        if (files.isEmpty()) {
            return;
        }
        ImportResult result = importer.importIssueAsSystem(new NewIssue(title, date, "", null, "zh"), files);
        log.info("Imported the demo issue from {}: {} page(s), {} article(s)", seedsDir, result.pages(), result.articles());
    }
}
