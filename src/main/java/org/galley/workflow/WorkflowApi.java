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
    private final org.galley.common.GalleyI18NProvider i18n;

    WorkflowApi(WorkflowService workflow, org.galley.common.GalleyI18NProvider i18n) {
        this.workflow = workflow;
        this.i18n = i18n;
    }

    /** A left-out article with its reason in the caller's language as well as its code. */
    record SkippedJson(long id, String reason, String message, int currentRevision, String state) {
    }

    record BulkJson(List<BulkApproval.Approved> approved, List<SkippedJson> skipped) {
    }

    /**
     * Approves several articles, each at the revision the caller saw: {@code [{"id": 1, "revision": 3}, …]}.
     * The body is read as a tree and checked item by item, so a wrong type says where it is.
     */
    @PostMapping("/api/articles/approve")
    BulkJson approveAll(@RequestBody com.fasterxml.jackson.databind.JsonNode body, java.util.Locale locale) {
        BulkApproval result = workflow.approveAll(BulkRequestJson.read(body));
        return new BulkJson(result.approved(), result.skipped().stream()
                .map(k -> new SkippedJson(k.id(), k.reason(), i18n.getTranslation("workflow.skipped." + k.reason(), locale,
                        k.id(), k.currentRevision(), i18n.getTranslation("state." + k.state(), locale)), k.currentRevision(), k.state()))
                .toList());
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
