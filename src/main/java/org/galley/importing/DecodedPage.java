package org.galley.importing;

/** TEMPORARY until the importing branch lands. */
public record DecodedPage(String text, String encoding, boolean fromBom) {
}
