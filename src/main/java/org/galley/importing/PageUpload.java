package org.galley.importing;

/** One page of an upload, before decoding: its file name, the page number its name gives (or null), its bytes. */
public record PageUpload(String name, Integer pageNumber, byte[] bytes) {
}
