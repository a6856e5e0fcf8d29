package org.galley.common.api;

import java.util.Locale;
import java.util.Map;
import org.galley.common.GalleyI18NProvider;
import org.galley.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error is JSON with a status and a message a person can act on; never a stack trace.
 * Messages come from the same bundles as the UI, in the request's language (English unless it asks for Chinese).
 * Errors raised before a controller is chosen (wrong method or content type, a multipart body that cannot be
 * parsed) have no handler, so this advice does not see them: {@link ApiFallback} sends those here.
 */
@RestControllerAdvice(basePackages = "org.galley")
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private final GalleyI18NProvider i18n;

    ApiErrors(GalleyI18NProvider i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Map<String, Object>> refused(UserFacingException e, Locale locale) {
        return error(statusOf(e), i18n.getTranslation(e.key(), locale, e.args()), e.key());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e, Locale locale) {
        return error(HttpStatus.FORBIDDEN, i18n.getTranslation("error.forbidden", locale), "error.forbidden");
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<Map<String, Object>> badRequest(Exception e, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, i18n.getTranslation("error.badRequest", locale), "error.badRequest");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, i18n.getTranslation("import.error.tooLarge", locale, "upload", ""), "import.error.tooLarge");
    }

    /** Any other multipart failure: a part header too long (a very long file name), too many parts, a broken body. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badMultipart(MultipartException e, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, i18n.getTranslation("error.multipart", locale), "error.multipart");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, Locale locale) {
        ResponseEntity<Map<String, Object>> body = error(HttpStatus.METHOD_NOT_ALLOWED, i18n.getTranslation("error.method", locale), "error.method");
        return e.getSupportedHttpMethods() == null ? body
                : ResponseEntity.status(body.getStatusCode()).allow(e.getSupportedHttpMethods().toArray(HttpMethod[]::new)).body(body.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, i18n.getTranslation("error.mediaType", locale), "error.mediaType");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e, Locale locale) {
        // The body cannot be in a type the client refuses; the status says it.
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NoResourceFoundException e, Locale locale) {
        return error(HttpStatus.NOT_FOUND, i18n.getTranslation("error.notFound", locale), "error.notFound");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, Locale locale) {
        log.error("Unexpected error in the HTTP API", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, i18n.getTranslation("error.unexpected", locale), "error.unexpected");
    }

    /** The same answers for errors raised while the request was matched to a controller (no handler yet). */
    ResponseEntity<Map<String, Object>> beforeHandler(Exception e, Locale locale) {
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return method(m, locale);
        } else if (e instanceof HttpMediaTypeNotSupportedException m) {
            return mediaType(m, locale);
        } else if (e instanceof HttpMediaTypeNotAcceptableException m) {
            return notAcceptable(m, locale);
        } else if (e instanceof MaxUploadSizeExceededException m) {
            return tooLarge(m, locale);
        } else if (e instanceof MultipartException m) {
            return badMultipart(m, locale);
        } else if (e instanceof NoResourceFoundException m) {
            return notFound(m, locale);
        }
        return null;
    }

    static HttpStatus statusOf(UserFacingException e) {
        return switch (e.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
    }

    static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message, String code) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", message, "code", code));
    }
}
