package org.galley.publishing.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The export of one publication as a ZIP: issue.json, index.html, per article HTML, NITF and text, and the
 * archival formats (TEI, METS and ALTO) when the pages are given.
 * Byte-identical every time for the same publication (fixed entry order, the publication's own time as every
 * entry's time, fixed compression), so archives can checksum it.
 */
public final class IssueExporter {

    private IssueExporter() {
    }

    public static byte[] exportZip(ExportIssue original) {
        return exportZip(original, List.of());
    }

    /**
     * With the issue's pages, the ZIP also holds tei.xml, mets.xml and alto/NNNN.xml per page ({@link Tei},
     * {@link Mets}, {@link Alto}).
     */
    public static byte[] exportZip(ExportIssue original, List<ExportPage> pages) {
        // No format may carry a character XML 1.0 forbids, whatever an old revision holds.
        ExportIssue issue = ExportText.scrub(original);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LocalDateTime time = LocalDateTime.ofInstant(issue.publishedAt(), ZoneOffset.UTC).withNano(0);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            put(zip, "issue.json", IssueJson.render(issue), time);
            put(zip, "index.html", IndexHtml.render(issue), time);
            put(zip, SearchScript.CODE_FILE, SearchScript.code(), time);
            put(zip, SearchScript.DATA_FILE, SearchScript.data(issue), time);
            List<String> names = Slugs.forIssue(issue);
            for (int i = 0; i < issue.articles().size(); i++) {
                ExportArticle a = issue.articles().get(i);
                String base = "articles/" + names.get(i);
                put(zip, base + ".html", ArticleHtml.render(issue, a), time);
                put(zip, base + ".nitf.xml", Nitf.render(issue, a), time);
                put(zip, base + ".txt", ArticleText.render(issue, a), time);
            }
            ArchivalFormats.write(issue, pages, names, (name, text) -> put(zip, name, text, time));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // Local DOS time from a fixed UTC instant: the machine's time zone cannot change the bytes.
        entry.setTimeLocal(time.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : time);
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
