package org.galley.importing.layout;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.galley.common.GalleyI18NProvider;
import org.galley.common.UserFacingException;
import org.galley.segment.ProposalJson;
import org.galley.segment.SegmentCommand;
import org.galley.segment.Segmenter;

/**
 * {@code segment} for layout files: ALTO, hOCR, PAGE XML and PDF are read here (the segmenter stays free of
 * the importer) and segmented with their geometry; when no file is in a layout format, the text command runs as
 * it always did. A multi-page PDF gives one proposal per page ({@code NAME-pN.json} with {@code --out}).
 */
public final class LayoutSegmentCommand {

    private LayoutSegmentCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> layout = new ArrayList<>();
        Path outDir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                outDir = Path.of(args[++i]);
            } else if (!args[i].startsWith("-") && isLayout(Path.of(args[i]))) {
                layout.add(Path.of(args[i]));
            }
        }
        if (layout.isEmpty()) {
            return SegmentCommand.run(args, out, err);
        }
        int files = (int) java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).count() - (outDir == null ? 0 : 1);
        if (files != layout.size()) {
            err.println("segment: give text files and layout files (ALTO, hOCR, PAGE, PDF) in separate runs");
            return 2;
        }
        try {
            if (outDir != null) {
                Files.createDirectories(outDir);
            }
            List<String[]> results = new ArrayList<>();
            for (Path file : layout) {
                String name = file.getFileName().toString();
                List<ReadPage> pages = LayoutReaders.read(name, Files.readAllBytes(file));
                for (int p = 0; p < pages.size(); p++) {
                    ReadPage page = pages.get(p);
                    String base = name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "") + (pages.size() > 1 ? "-p" + (p + 1) : "");
                    results.add(new String[]{base, ProposalJson.toJson(Segmenter.segment(page.text(), null, page.geometry()), name)});
                }
            }
            if (outDir == null && results.size() > 1) {
                err.println("segment: several pages need --out DIR");
                return 2;
            }
            for (String[] r : results) {
                if (outDir == null) {
                    out.print(r[1]);
                    out.flush();
                } else {
                    Files.writeString(outDir.resolve(r[0] + ".json"), r[1], StandardCharsets.UTF_8);
                }
            }
            return 0;
        } catch (UserFacingException e) {
            err.println("segment: " + new GalleyI18NProvider().getTranslation(e.key(), Locale.ENGLISH, e.args()));
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("segment: " + e.getMessage());
            return 2;
        }
    }

    private static boolean isLayout(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            byte[] head;
            try (var in = Files.newInputStream(file)) {
                head = in.readNBytes(4096);
            }
            return LayoutFormat.detect(head) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
