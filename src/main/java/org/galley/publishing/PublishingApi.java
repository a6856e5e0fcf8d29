package org.galley.publishing;

import java.util.List;
import org.galley.common.UserFacingException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publish, unpublish and list the publications of an issue. */
@RestController
class PublishingApi {

    private final PublishingService publishing;

    PublishingApi(PublishingService publishing) {
        this.publishing = publishing;
    }

    @PostMapping("/api/issues/{id}/publish")
    Publication publish(@PathVariable long id) {
        return publishing.publish(id);
    }

    @PostMapping("/api/issues/{id}/unpublish")
    List<Publication> unpublish(@PathVariable long id) {
        publishing.unpublish(id);
        return publishing.publications(id);
    }

    /** The export ZIP of a publication: a version number, or {@code latest}. */
    @GetMapping("/api/issues/{id}/publications/{version}/export.zip")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String version) {
        Integer v = null;
        if (!"latest".equals(version)) {
            try {
                v = Integer.valueOf(version);
            } catch (NumberFormatException e) {
                throw UserFacingException.notFound("publishing.error.noVersion", id, version);
            }
        }
        PublicationExport export = publishing.export(id, v);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .body(export.zip());
    }

    @GetMapping("/api/issues/{id}/publications")
    List<Publication> publications(@PathVariable long id) {
        return publishing.publications(id);
    }
}
