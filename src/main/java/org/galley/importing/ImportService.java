package org.galley.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.galley.common.AuditTrail;
import org.galley.common.UserFacingException;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports raw page files into an issue. One call is one transaction: all its pages land, or none. */
@Service
public class ImportService {

    private final IssueService issues;
    private final AuditTrail audit;

    ImportService(IssueService issues, AuditTrail audit) {
        this.issues = issues;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public ImportResult importPages(long issueId, List<PageFile> files) {
        return store(issueId, files, AuditTrail.currentActor());
    }

    @Transactional
    ImportResult importNewIssueAsSystem(NewIssue issue, List<PageFile> files) {
        long issueId = issues.createAsSystem(issue);
        return store(issueId, files, "system");
    }

    private ImportResult store(long issueId, List<PageFile> files, String actor) {
        List<Long> ids = new ArrayList<>();
        for (PageFile file : files) {
            String text = decodeUtf8(file);
            long pageId = issues.storePage(issueId, null, null, file.name(), text, "UTF-8", null, "{}", actor);
            ids.add(pageId);
            audit.recordAs(actor, "page.import", "page:" + pageId, file.name());
        }
        return new ImportResult(issueId, ids, 0);
    }

    private static String decodeUtf8(PageFile file) {
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            throw new UserFacingException("import.error.empty", file.name());
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException("import.error.encoding", file.name());
        }
    }
}
