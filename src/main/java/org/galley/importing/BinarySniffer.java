package org.galley.importing;

import org.galley.common.UserFacingException;

/** Recognizes files that are not page text (PDFs, images, archives, executables) by their first bytes. */
final class BinarySniffer {

    private BinarySniffer() {
    }

    static void refuseBinary(String fileName, byte[] b) {
        String kind = kind(b);
        if (kind != null) {
            throw new UserFacingException("import.error.binaryKind", fileName, kind);
        }
        int probe = Math.min(b.length, 1 << 16);
        for (int i = 0; i < probe; i++) {
            if (b[i] == 0) {
                // Outside UTF-16/32 (caught by their BOM before this), a NUL byte means binary data.
                throw new UserFacingException("import.error.binary", fileName);
            }
        }
    }

    static String kind(byte[] b) {
        if (starts(b, "%PDF-")) {
            return "PDF";
        }
        if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, "GIF8")
                || starts(b, 'I', 'I', 42, 0) || starts(b, 'M', 'M', 0, 42)
                || (starts(b, "RIFF") && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P')) {
            return "image";
        }
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 0x1F, 0x8B) || starts(b, "7z") || starts(b, "Rar!")) {
            return "archive";
        }
        // (BMP and Windows executables are caught by their NUL bytes; "BM"/"MZ" can begin real text.)
        if (starts(b, 0x7F, 'E', 'L', 'F') || starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "program or Office document";
        }
        return null;
    }

    private static boolean starts(byte[] b, String ascii) {
        int[] p = ascii.chars().toArray();
        return starts(b, p);
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
