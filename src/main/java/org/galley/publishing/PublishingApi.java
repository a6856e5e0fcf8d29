package org.galley.publishing;

import java.util.List;
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

    @GetMapping("/api/issues/{id}/publications")
    List<Publication> publications(@PathVariable long id) {
        return publishing.publications(id);
    }
}
