package org.galley.layout;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page's layout: the file it came from, its lines' boxes and its image. Written once, by the importer, in the
 * transaction that creates the page; read by the editor and the exporters.
 */
@Service
public class LayoutService {
    private final LayoutRepository repository;

    LayoutService(LayoutRepository repository) {
        this.repository = repository;
    }

    /** Stores a page's layout; runs inside the importer's transaction, so a failure leaves no page behind. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(long pageId, LaidOutPage page) {
        if (!PageGeometry.UNITS.contains(page.unit())) {
            throw new IllegalArgumentException("unknown layout unit " + page.unit());
        }
        if (page.source() != null) {
            repository.insertSource(pageId, page.source());
        }
        repository.insertGeometry(pageId, page.unit(), page.width(), page.height());
        for (LineBox line : page.lines()) {
            repository.insertLine(pageId, line);
        }
        if (page.image() != null) {
            repository.insertImage(pageId, page.image());
        }
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Optional<PageGeometry> geometry(long pageId) {
        return repository.geometry(pageId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Optional<PageImage> image(long pageId) {
        return repository.image(pageId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public boolean hasImage(long pageId) {
        return repository.hasImage(pageId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Optional<SourceFile> source(long pageId) {
        return repository.source(pageId);
    }
}
