package org.galley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.galley.GalleyApplication;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.ApiUsers;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP API and the command line import through the same service; errors are JSON or one line. */
@IntegrationTest
class ImportApiAndCommandTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    ApiUsers.ApiUser corrector;

    @BeforeEach
    void corrector() {
        corrector = ApiUsers.create(users, Role.CORRECTOR);
    }

    RequestPostProcessor auth() {
        return corrector.auth();
    }

    static byte[] seed() throws Exception {
        try (InputStream in = ImportApiAndCommandTest.class.getResourceAsStream("/importing/seed.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void anIssueIsCreatedAndItsPageImportedThroughTheApi() throws Exception {
        String title = "API " + UUID.randomUUID();
        String created = mvc.perform(post("/api/issues").with(auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\",\"date\":\"2023-03-01\",\"number\":\"1234\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = new ObjectMapper().readTree(created).get("id").asLong();
        mvc.perform(multipart("/api/issues/" + id + "/pages").file(new MockMultipartFile("files", "p1.txt", "text/plain", seed())).with(auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.articles").value(6))
                .andExpect(jsonPath("$.pageIds.length()").value(1));
        // The same text again: 409 with a message, nothing stored.
        mvc.perform(multipart("/api/issues/" + id + "/pages").file(new MockMultipartFile("files", "p2.txt", "text/plain", seed())).with(auth()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("import.error.duplicateText"))
                .andExpect(jsonPath("$.error").isNotEmpty());
    }

    @Test
    void badRequestsGetJsonErrorsWithTheRightStatus() throws Exception {
        mvc.perform(post("/api/issues").with(auth()).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"No date\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("issue.error.date"));
        mvc.perform(post("/api/issues").with(auth()).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
        mvc.perform(multipart("/api/issues/999999/pages").file(new MockMultipartFile("files", "p1.txt", "text/plain", "文本".getBytes(StandardCharsets.UTF_8))).with(auth()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("issue.error.unknown"));
        mvc.perform(multipart("/api/issues/1/pages").file(new MockMultipartFile("files", "p9.pdf", "application/pdf", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII))).with(auth()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("import.error.pdfBroken"));
    }

    @Test
    void theCommandLineRefusesBadArgumentsWithOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportCommand.run(GalleyApplication.class, new String[] {"--title", "T", "p1.txt"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date is required").contains("usage:");
        err.reset();
        code = ImportCommand.run(GalleyApplication.class, new String[] {"--title", "T", "--date", "1 May 1903", "p1.txt"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date must look like 2023-03-01");
    }

    @Test
    void theCommandLineImportsAnIssueThroughTheSameService() throws Exception {
        java.nio.file.Path page = java.nio.file.Files.createTempFile("p1-", ".txt");
        java.nio.file.Files.write(page, seed());
        // The command line builds its own (headless) Spring context; pointed at the test profile's directory it
        // reuses the test JVM's one embedded server.
        System.setProperty("galley.database.data-dir", "target/test-postgres");
        System.setProperty("galley.database.shared", "true");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            int code = ImportCommand.run(GalleyApplication.class, new String[] {"--title", "CLI " + UUID.randomUUID(), "--date", "2023-03-01",
                    page.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertThat(code).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).matches("(?s)imported issue \\d+: 1 page\\(s\\), 6 article\\(s\\)\\s*");
        } finally {
            System.clearProperty("galley.database.data-dir");
            System.clearProperty("galley.database.shared");
        }
    }
}
