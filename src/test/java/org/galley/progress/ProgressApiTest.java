package org.galley.progress;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.ApiUsers;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.workflow.WorkflowService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/issues/{id}/progress}: the issue view's figures as JSON, errors as JSON. */
@IntegrationTest
class ProgressApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    ProgressFixture fixture;
    @Autowired
    ClaimService claims;
    @Autowired
    WorkflowService workflow;

    ApiUsers.ApiUser corrector;
    String user;

    @BeforeEach
    void user() {
        corrector = ApiUsers.create(users, Role.CORRECTOR);
        user = corrector.name();
    }

    @Test
    void theProgressOfAnIssueIsItsPagesAndTotalsAsJson() throws Exception {
        ProgressFixture.Issue issue = fixture.issue(2, 1);
        long first = issue.articleIds().get(0).get(0);
        TestData.asUser(user, "ROLE_CORRECTOR", () -> {
            workflow.submit(first);
            return claims.claim(issue.pageIds().get(1));
        });
        mvc.perform(get("/api/issues/" + issue.issueId() + "/progress").with(corrector.auth()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.issueId").value(issue.issueId()))
                .andExpect(jsonPath("$.articles").value(3))
                .andExpect(jsonPath("$.articlesByState.DRAFT").value(2))
                .andExpect(jsonPath("$.articlesByState.CORRECTED").value(1))
                .andExpect(jsonPath("$.unassignedLines").value(2 + 4))
                .andExpect(jsonPath("$.pages.length()").value(2))
                .andExpect(jsonPath("$.pages[0].pageNumber").value(1))
                .andExpect(jsonPath("$.pages[0].unassignedLines").value(2))
                .andExpect(jsonPath("$.pages[0].lastWorkedBy").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.pages[1].claimedBy").value(user))
                .andExpect(jsonPath("$.pages[1].articlesByState.DRAFT").value(1));
    }

    @Test
    void anUnknownOrHostileIssueIdGetsAJsonError() throws Exception {
        for (String id : new String[] {"999999999", "-1"}) {
            mvc.perform(get("/api/issues/" + id + "/progress").with(corrector.auth()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.code").value("issue.error.unknown"));
        }
        for (String id : new String[] {"abc", "1e3", "99999999999999999999999", "12abc"}) {
            mvc.perform(get("/api/issues/" + id + "/progress").with(corrector.auth()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.code").value("error.badRequest"));
        }
    }

    @Test
    void withoutCredentialsTheProgressIsRefused() throws Exception {
        mvc.perform(get("/api/issues/1/progress")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }
}
