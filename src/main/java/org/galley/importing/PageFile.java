package org.galley.importing;

/** One uploaded page file as it arrived: its name and its bytes, not yet decoded. */
public record PageFile(String name, byte[] bytes) {
}
