package org.galley.importing;

/** A page file's text, exactly as decoded (only a byte-order mark removed), and the charset it was read with. */
public record DecodedPage(String text, String encoding, boolean fromBom) {
}
