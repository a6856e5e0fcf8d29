package org.galley.revise;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Find and replace for scripts: preview the matches, apply a selection of them as one change set, list change
 * sets, revert one (editors).
 */
@RestController
class ReviseApi {

    record FindRequest(String find, String replace, Boolean wholeWord, Boolean matchCase) {
        Replacement replacement() {
            return new Replacement(find, replace, Boolean.TRUE.equals(wholeWord), Boolean.TRUE.equals(matchCase));
        }
    }

    record PreviewJson(int count, List<Match> matches) {
    }

    record ApplyRequest(String find, String replace, Boolean wholeWord, Boolean matchCase, String note,
                        List<Match.Selection> selected) {
    }

    record NoteRequest(String note) {
    }

    private final ReviseService revise;

    ReviseApi(ReviseService revise) {
        this.revise = revise;
    }

    @PostMapping("/api/issues/{id}/replace/preview")
    PreviewJson preview(@PathVariable long id, @RequestBody FindRequest request) {
        List<Match> matches = revise.preview(id, request.replacement());
        return new PreviewJson(matches.size(), matches);
    }

    @PostMapping("/api/issues/{id}/replace")
    ChangeSet.Result apply(@PathVariable long id, @RequestBody ApplyRequest request) {
        return revise.apply(id, new FindRequest(request.find(), request.replace(), request.wholeWord(), request.matchCase()).replacement(),
                request.selected(), request.note());
    }

    @GetMapping("/api/issues/{id}/change-sets")
    List<ChangeSet> changeSets(@PathVariable long id) {
        return revise.changeSets(id);
    }

    @GetMapping("/api/change-sets/{id}")
    ChangeSet changeSet(@PathVariable long id) {
        return revise.changeSet(id);
    }

    @PostMapping("/api/change-sets/{id}/revert")
    ChangeSet.Result revert(@PathVariable long id, @RequestBody(required = false) NoteRequest request) {
        return revise.revert(id, request == null ? null : request.note());
    }
}
