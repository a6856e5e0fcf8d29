package org.galley.layout;

/** The page's image: JPEG or PNG, its pixel size, and whether it came with the page or was rendered from a PDF. */
public record PageImage(String mediaType, int width, int height, byte[] bytes, String sha256, Origin origin) {
    public enum Origin { UPLOADED, RENDERED }
}
