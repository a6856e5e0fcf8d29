package org.galley.publishing;

/** An export ready to download: its file name and the ZIP's bytes. */
public record PublicationExport(String fileName, byte[] zip) {
}
