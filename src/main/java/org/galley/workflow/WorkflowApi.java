package org.galley.workflow;

import java.util.List;
import java.util.Map;
import org.galley.article.Article;
import org.galley.common.UserFacingException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Workflow actions for scripts; the service checks the role, so a corrector gets 403 on approve. */
@RestController
class WorkflowApi {

    /** {@code stateNote}: why it was rejected or excluded, until it moves on. */
    record StateJson(long id, int revision, String state, Integer approvedRevision, String stateNote) {
        static StateJson of(Article a) {
            return new StateJson(a.id(), a.revision(), a.state().name(), a.approvedRevision(), a.stateNote());
        }
    }

    record ApproveRequest(Integer revision) {
    }

    record NoteRequest(String note) {
    }

    private final WorkflowService workflow;

    WorkflowApi(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/api/articles/{id}/submit")
    StateJson submit(@PathVariable long id) {
        return StateJson.of(workflow.submit(id));
    }

    @PostMapping("/api/articles/{id}/approve")
    StateJson approve(@PathVariable long id, @RequestBody(required = false) ApproveRequest request) {
        if (request == null || request.revision() == null) {
            throw new UserFacingException("workflow.error.revisionRequired");
        }
        return StateJson.of(workflow.approve(id, request.revision()));
    }

    @PostMapping("/api/articles/{id}/reject")
    StateJson reject(@PathVariable long id, @RequestBody(required = false) NoteRequest request) {
        return StateJson.of(workflow.reject(id, request == null ? null : request.note()));
    }

    @PostMapping("/api/articles/{id}/exclude")
    StateJson exclude(@PathVariable long id, @RequestBody(required = false) NoteRequest request) {
        return StateJson.of(workflow.exclude(id, request == null ? null : request.note()));
    }

    @GetMapping("/api/issues/{id}/blockers")
    List<Map<String, Object>> blockers(@PathVariable long id) {
        return workflow.blockers(id).stream()
                .map(b -> Map.<String, Object>of("articleId", b.articleId(), "page", b.page(), "state", b.state().name()))
                .toList();
    }
}
