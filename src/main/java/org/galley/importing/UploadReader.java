package org.galley.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.galley.common.UserFacingException;

/**
 * Reads an upload: one page file, or one ZIP holding the pages of an issue. A ZIP must be flat (pages at its
 * top level) unless a METS file in it names the files in its folders (an NDNP issue); files in folders that no
 * METS names, path tricks, nested archives and ZIP bombs are refused before anything is stored.
 * Sizes are counted while inflating; the sizes an archive claims in its headers are never trusted. An entry the
 * archive marks as a symbolic link is refused (its "content" is a path, never a page).
 */
public final class UploadReader {

    static final int MAX_ENTRIES = 500;

    private final long maxPageBytes;
    private final long maxUploadBytes;

    public UploadReader(long maxPageBytes, long maxUploadBytes) {
        this.maxPageBytes = maxPageBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    public List<PageUpload> read(String fileName, byte[] bytes) {
        String name = PageNames.clean(fileName);
        if (isZip(bytes)) {
            refuseLinks(name, ZipLinks.Source.of(bytes));
            return readZip(name, new ByteArrayInputStream(bytes));
        }
        if (bytes.length > maxPageBytes) {
            throw UserFacingException.tooLarge("import.error.tooLarge", name, PageNames.humanSize(maxPageBytes));
        }
        return List.of(new PageUpload(name, PageNames.pageNumber(name), bytes));
    }

    /**
     * Reads an upload spooled to a file, streaming a ZIP from disk: only the pages (each within the page limit)
     * are held in memory, never the archive.
     */
    public List<PageUpload> read(String fileName, Path file) {
        String name = PageNames.clean(fileName);
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4);
            }
            if (isZip(head)) {
                try (ZipLinks.Source source = ZipLinks.Source.of(file)) {
                    refuseLinks(name, source);
                }
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                    return readZip(name, in);
                }
            }
            if (Files.size(file) > maxPageBytes) {
                throw UserFacingException.tooLarge("import.error.tooLarge", name, PageNames.humanSize(maxPageBytes));
            }
            return List.of(new PageUpload(name, PageNames.pageNumber(name), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseLinks(String zipName, ZipLinks.Source source) {
        String link;
        try {
            link = ZipLinks.firstLink(source);
        } catch (IOException e) {
            throw new UserFacingException("import.error.zipBroken", zipName);
        }
        if (link != null) {
            throw new UserFacingException("import.error.zipLink", zipName, PageNames.printable(link));
        }
    }

    /** A local file header, or the end record alone (an empty archive), or a spanned archive's marker. */
    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K'
                && ((b[2] == 3 && b[3] == 4) || (b[2] == 5 && b[3] == 6) || (b[2] == 7 && b[3] == 8));
    }

    private List<PageUpload> readZip(String zipName, InputStream bytes) {
        List<PageUpload> pages = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(bytes)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw UserFacingException.tooLarge("import.error.zipEntries", zipName, MAX_ENTRIES);
                }
                String entryName = entry.getName();
                if (isJunk(entryName)) {
                    continue;
                }
                checkEntryName(zipName, entryName);
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = inflate(zip, zipName, entryName, maxUploadBytes - total);
                total += content.length;
                if (isZip(content)) {
                    throw new UserFacingException("import.error.zipNested", zipName, entryName);
                }
                String base = entryName.substring(entryName.lastIndexOf('/') + 1);
                pages.add(new PageUpload(entryName, PageNames.pageNumber(base), content));
            }
        } catch (ZipException e) {
            throw new UserFacingException("import.error.zipBroken", zipName);
        } catch (IOException e) {
            throw new UserFacingException("import.error.zipBroken", zipName);
        }
        if (pages.isEmpty()) {
            throw new UserFacingException("import.error.zipEmpty", zipName);
        }
        MetsFolders.check(zipName, pages);
        return pages;
    }

    /** Reads one entry, stopping as soon as it passes the page limit or what is left of the upload limit. */
    private byte[] inflate(ZipInputStream zip, String zipName, String entryName, long uploadLeft) throws IOException {
        long limit = Math.min(maxPageBytes, uploadLeft);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = zip.read(buffer)) > 0) {
            if (out.size() + (long) n > limit) {
                throw UserFacingException.tooLarge("import.error.tooLarge", zipName + ": " + entryName,
                        PageNames.humanSize(limit == maxPageBytes ? maxPageBytes : maxUploadBytes));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void checkEntryName(String zipName, String entryName) {
        if (entryName.contains("..") || entryName.startsWith("/") || entryName.contains("\\")
                || entryName.matches("^[A-Za-z]:.*") || entryName.chars().anyMatch(c -> c < 0x20)) {
            throw new UserFacingException("import.error.zipPath", zipName, PageNames.printable(entryName));
        }
        // Folders are allowed only when a METS names the files in them (checked once all entries are read).
        if (entryName.contains("//") || entryName.startsWith("./") || entryName.contains("/./")) {
            throw new UserFacingException("import.error.zipPath", zipName, PageNames.printable(entryName));
        }
    }

    /** What macOS and Windows add to archives on their own; nobody means it as a page. */
    private static boolean isJunk(String entryName) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        return lower.startsWith("__macosx/") || lower.endsWith(".ds_store") || lower.endsWith("thumbs.db")
                || lower.endsWith("desktop.ini");
    }
}
