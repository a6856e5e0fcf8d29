package org.galley.common.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.galley.common.GalleyI18NProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before any of Galley's code runs still get the API's JSON error on {@code /api/...}: a path
 * with {@code ..} segments or other tricks refused by Spring Security's firewall (it used to end in a redirect to
 * the log-in page), and an encoded slash ({@code %2F}) refused by Tomcat itself (it used to get Tomcat's HTML
 * error page). Everything else keeps a plain 400.
 */
@Configuration
public class RejectedRequests {

    @Bean
    RequestRejectedHandler requestRejectedHandler(GalleyI18NProvider i18n, ObjectMapper json) {
        HttpStatusRequestRejectedHandler plain = new HttpStatusRequestRejectedHandler();
        return (request, response, e) -> {
            if (ApiFallback.isApi(request)) {
                ApiFallback.write(json, response, HttpStatus.BAD_REQUEST,
                        i18n.getTranslation("error.badRequest", request.getLocale()), "error.badRequest");
            } else {
                plain.handle(request, response, e);
            }
        };
    }

    /** Ordered last, so it runs after Spring Boot's own customizer has put its error report valve on the host. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports(GalleyI18NProvider i18n) {
        String message = i18n.getTranslation("error.badRequest", Locale.ENGLISH);
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve v : host.getPipeline().getValves()) {
                    if (v instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(v);
                    }
                }
                host.getPipeline().addValve(new JsonForApi(message));
                // The host adds a valve of this class at start unless it finds one: so it finds ours.
                host.setErrorReportValveClass(JsonForApi.class.getName());
            }
        });
    }

    /** Tomcat's error report, without server details, and as the API's JSON on an API address. */
    static final class JsonForApi extends ErrorReportValve {
        private final String badRequest;

        JsonForApi(String badRequest) {
            this.badRequest = badRequest;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String uri = request.getCoyoteRequest().requestURI().toString();
            if (status < 400 || response.getContentWritten() > 0 || !(uri.equals("/api") || uri.startsWith("/api/"))) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String error = status == 400 ? badRequest : known == null ? "Error " + status : known.getReasonPhrase();
            String code = status == 400 ? "error.badRequest" : "error.http" + status;
            try {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(new ObjectMapper().writeValueAsString(Map.of("status", status, "error", error, "code", code)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client went away or the response was committed meanwhile: nothing more to tell it.
            }
        }
    }
}
