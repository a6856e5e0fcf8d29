package org.galley.publishing;

/**
 * An export ready to download: its file name, the ZIP's bytes as stored with the publication, their SHA-256
 * (hex), and which rendition of the publication it is (1 is the one fixed when it was published).
 */
public record PublicationExport(String fileName, byte[] zip, String sha256, int rendition) {
}
