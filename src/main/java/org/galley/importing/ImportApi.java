package org.galley.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.galley.common.UserFacingException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/issues/{id}/pages}: page files (or one ZIP of an issue) as multipart parts named {@code files}. */
@RestController
class ImportApi {

    private final ImportService importer;

    ImportApi(ImportService importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/issues/{id}/pages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importPages(@PathVariable long id,
                             @RequestParam(name = "files", required = false) List<MultipartFile> files,
                             @RequestParam(name = "encoding", required = false) String encoding) throws IOException {
        if (files == null || files.isEmpty()) {
            throw new UserFacingException("import.error.noFiles");
        }
        List<PageFile> pages = new ArrayList<>();
        for (MultipartFile f : files) {
            // The servlet container keeps each part on disk; a ZIP is read from there, never whole into memory.
            Path spooled = Files.createTempFile("galley-upload-", ".part");
            try {
                f.transferTo(spooled);
                pages.addAll(importer.unpack(f.getOriginalFilename() == null ? "page.txt" : f.getOriginalFilename(), spooled));
            } finally {
                Files.deleteIfExists(spooled);
            }
        }
        return importer.importPages(id, pages, encoding == null || encoding.isBlank() ? null : encoding);
    }
}
