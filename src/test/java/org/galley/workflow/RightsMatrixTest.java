package org.galley.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.galley.article.ArticleService;
import org.galley.publishing.PublishingService;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.support.TestData.Fixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every role × every action, through the services and through the HTTP API: refused wherever the role lacks the right. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RightsMatrixTest {

    enum Action {
        EDIT(Role.CORRECTOR), SUBMIT(Role.CORRECTOR), APPROVE(Role.EDITOR), REJECT(Role.EDITOR), EXCLUDE(Role.EDITOR),
        PUBLISH(Role.EDITOR), UNPUBLISH(Role.EDITOR), LIST_USERS(Role.ADMIN);

        final Role least;

        Action(Role least) {
            this.least = least;
        }

        boolean allowedFor(Role role) {
            return role.ordinal() <= least.ordinal(); // ADMIN > EDITOR > CORRECTOR
        }
    }

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    PublishingService publishing;
    @Autowired
    UserService users;
    @Autowired
    MockMvc mvc;

    final Map<Role, String> logins = new java.util.EnumMap<>(Role.class);
    static final String PASSWORD = "matrix-password-1";

    @BeforeAll
    void createUsers() {
        TestData.asUser("admin", "ROLE_ADMIN", () -> {
            for (Role role : Role.values()) {
                String name = "m" + role.name().toLowerCase() + UUID.randomUUID().toString().substring(0, 6);
                users.create(name, name, PASSWORD, role);
                logins.put(role, name);
            }
            return null;
        });
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Action action : Action.values()) {
                all.add(Arguments.of(role, action));
            }
        }
        return all.stream();
    }

    /** An issue in the state the action needs: one approved article (publish), or published (unpublish). */
    Fixture prepare(Action action) {
        Fixture f = data.issueWithArticles(TestData.content("Rights", "Text."));
        long id = f.articleIds().get(0);
        TestData.asUser("setup-editor", "ROLE_EDITOR", () -> {
            if (action == Action.PUBLISH || action == Action.UNPUBLISH) {
                workflow.approve(id, 1);
            }
            if (action == Action.UNPUBLISH) {
                publishing.publish(f.issueId());
            }
            return null;
        });
        return f;
    }

    Runnable serviceCall(Action action, Fixture f) {
        long id = f.articleIds().get(0);
        return switch (action) {
            case EDIT -> () -> articles.save(id, 1, TestData.content("Edited", "Text."), null);
            case SUBMIT -> () -> workflow.submit(id);
            case APPROVE -> () -> workflow.approve(id, 1);
            case REJECT -> () -> workflow.reject(id, "please check the byline");
            case EXCLUDE -> () -> workflow.exclude(id, "advert");
            case PUBLISH -> () -> publishing.publish(f.issueId());
            case UNPUBLISH -> () -> publishing.unpublish(f.issueId());
            case LIST_USERS -> users::list;
        };
    }

    MockHttpServletRequestBuilder apiCall(Action action, Fixture f) {
        long id = f.articleIds().get(0);
        return switch (action) {
            case EDIT -> put("/api/articles/" + id).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"baseRevision\":1,\"content\":{\"kind\":\"news\",\"headline\":\"Edited\",\"paragraphs\":[\"Text.\"],"
                            + "\"byline\":{\"reporters\":[],\"correspondents\":[],\"photographers\":[]},\"lines\":[]}}");
            case SUBMIT -> post("/api/articles/" + id + "/submit");
            case APPROVE -> post("/api/articles/" + id + "/approve").contentType(MediaType.APPLICATION_JSON).content("{\"revision\":1}");
            case REJECT -> post("/api/articles/" + id + "/reject").contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"check\"}");
            case EXCLUDE -> post("/api/articles/" + id + "/exclude");
            case PUBLISH -> post("/api/issues/" + f.issueId() + "/publish");
            case UNPUBLISH -> post("/api/issues/" + f.issueId() + "/unpublish");
            case LIST_USERS -> get("/api/users");
        };
    }

    @ParameterizedTest(name = "{0} {1} through the service")
    @MethodSource("matrix")
    void servicesEnforceTheRights(Role role, Action action) {
        Fixture f = prepare(action);
        Runnable call = serviceCall(action, f);
        Function<Void, Void> run = v -> {
            call.run();
            return null;
        };
        TestData.asUser("matrix-" + role, role.authority(), () -> {
            if (action.allowedFor(role)) {
                run.apply(null);
            } else {
                assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
            }
            return null;
        });
    }

    @ParameterizedTest(name = "{0} {1} through the API")
    @MethodSource("matrix")
    void theApiEnforcesTheRights(Role role, Action action) throws Exception {
        Fixture f = prepare(action);
        int status = mvc.perform(apiCall(action, f).with(httpBasic(logins.get(role), PASSWORD))
                        .with(r -> {
                            r.setRemoteAddr("198.18.0." + (role.ordinal() + 1));
                            return r;
                        }))
                .andReturn().getResponse().getStatus();
        if (action.allowedFor(role)) {
            assertThat(status).as(role + " may " + action).isBetween(200, 299);
        } else {
            assertThat(status).as(role + " may not " + action).isEqualTo(403);
        }
    }
}
