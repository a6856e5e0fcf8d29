package org.galley.segment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line for the segmenter, run before Spring starts: {@code segment FILE} prints the proposal JSON;
 * {@code segment --out DIR FILE...} writes {@code DIR/<name without extension>.json} for each file. Errors are one
 * line on stderr and exit code 2.
 */
public final class SegmentCommand {
    static final String USAGE = "usage: segment FILE | segment --out DIR FILE...";

    private SegmentCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path outDir = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--out")) {
                if (i + 1 >= args.length) {
                    err.println("segment: --out needs a directory; " + USAGE);
                    return 2;
                }
                outDir = Path.of(args[++i]);
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(USAGE);
                return 0;
            } else if (a.startsWith("--")) {
                err.println("segment: unknown option " + a + "; " + USAGE);
                return 2;
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            err.println("segment: no input file; " + USAGE);
            return 2;
        }
        if (outDir == null && files.size() > 1) {
            err.println("segment: several files need --out DIR; " + USAGE);
            return 2;
        }
        try {
            if (outDir != null) {
                Files.createDirectories(outDir);
            }
        } catch (IOException | RuntimeException e) {
            err.println("segment: cannot create directory " + outDir + ": " + reason(e));
            return 2;
        }
        for (Path file : files) {
            String text;
            try {
                text = read(file);
            } catch (IOException | RuntimeException e) {
                err.println("segment: " + file + ": " + reason(e));
                return 2;
            }
            String name = file.getFileName().toString();
            String json = ProposalJson.toJson(Segmenter.segment(text, null), name);
            if (outDir == null) {
                out.print(json);
                out.flush();
                continue;
            }
            Path target = outDir.resolve(stripExtension(name) + ".json");
            try {
                Files.writeString(target, json, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                err.println("segment: cannot write " + target + ": " + reason(e));
                return 2;
            }
        }
        return 0;
    }

    /** UTF-8 (a BOM is dropped), or UTF-16 when a UTF-16 BOM says so; bytes that do not decode are an error. */
    static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        if (!Files.exists(file)) {
            throw new IOException("no such file");
        }
        if (!Files.isReadable(file)) {
            throw new IOException("not readable");
        }
        byte[] bytes = Files.readAllBytes(file);
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid " + cs.name() + " text", e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
