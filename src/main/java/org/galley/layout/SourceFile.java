package org.galley.layout;

/** The file a page was imported from, byte for byte. format: ALTO, HOCR, PAGE or PDF. */
public record SourceFile(String format, String fileName, String mediaType, byte[] bytes, String sha256) {
}
