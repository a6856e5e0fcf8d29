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
        return zip(publishing.export(id, v));
    }

    /** The stored renditions of a version: 1 is the export as published, later ones renderings with newer formats. */
    @GetMapping("/api/issues/{id}/publications/{version}/renditions")
    List<Rendition> renditions(@PathVariable long id, @PathVariable int version) {
        return publishing.renditions(id, version);
    }

    /** Renders the version again with today's formats, as a new rendition (editors). */
    @PostMapping("/api/issues/{id}/publications/{version}/renditions")
    ResponseEntity<Rendition> rerender(@PathVariable long id, @PathVariable int version) {
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(publishing.rerender(id, version));
    }

    @GetMapping("/api/issues/{id}/publications/{version}/renditions/{rendition}/export.zip")
    ResponseEntity<byte[]> rendition(@PathVariable long id, @PathVariable int version, @PathVariable int rendition) {
        return zip(publishing.export(id, version, rendition));
    }

    /** The stored bytes with their SHA-256 (RFC 9530 Repr-Digest, and as the ETag), so a client can check what it got. */
    private static ResponseEntity<byte[]> zip(PublicationExport export) {
        String base64 = java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(export.sha256()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .header("Repr-Digest", "sha-256=:" + base64 + ":")
                .eTag("\"" + export.sha256() + "\"")
                .body(export.zip());
    }

    @GetMapping("/api/issues/{id}/publications")
    List<Publication> publications(@PathVariable long id) {
        return publishing.publications(id);
    }
}
