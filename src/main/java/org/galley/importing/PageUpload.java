package org.galley.importing;

/** TEMPORARY until the importing branch lands. */
public record PageUpload(String name, Integer pageNumber, byte[] bytes) {
}
