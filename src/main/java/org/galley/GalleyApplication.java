package org.galley;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import java.util.Arrays;
import org.galley.importing.ImportCommand;
import org.galley.importing.layout.LayoutSegmentCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. {@code java -jar galley.jar} starts the web editor; {@code java -jar galley.jar segment FILE...}
 * runs the segmenter alone, without starting Spring, so scripts get an answer in well under a second;
 * {@code java -jar galley.jar import ...} imports pages without starting the web server.
 */
@SpringBootApplication
@Theme("galley")
// Server push (WebSocket, XHR fallback) so colleagues see claims and saves on a page live; Flow's own client, no bundle change.
@Push
public class GalleyApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("segment")) {
            System.exit(LayoutSegmentCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(GalleyApplication.class, Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("reindex")) {
            System.exit(org.galley.search.ReindexCommand.run(GalleyApplication.class, Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(GalleyApplication.class, args);
    }
}
