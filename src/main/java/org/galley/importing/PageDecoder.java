package org.galley.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.galley.common.UserFacingException;

/** TEMPORARY until the importing branch lands: strict UTF-8 only. */
public final class PageDecoder {
    private PageDecoder() {
    }

    public static DecodedPage decode(String fileName, byte[] bytes, String encodingOverride) {
        if (bytes.length == 0) {
            throw new UserFacingException("import.error.empty", fileName);
        }
        try {
            return new DecodedPage(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8", false);
        } catch (CharacterCodingException e) {
            throw new UserFacingException("import.error.encoding", fileName);
        }
    }

    public static List<String> previewLines(DecodedPage page, int n) {
        return page.text().lines().limit(n).toList();
    }
}
