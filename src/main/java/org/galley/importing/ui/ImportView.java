package org.galley.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.galley.common.UserFacingException;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.IssueService;
import org.galley.issue.IssueSummary;
import org.galley.issue.NewIssue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * Import pages: choose an issue (or describe a new one), drop page files or one ZIP of an issue (each file has
 * its own progress bar), check how each was read (encoding, first 8 lines, page number), change the encoding if
 * the text looks wrong, then import. Nothing is stored before "Import", and then all of it or nothing.
 * <p>
 * Uploads stream to a temporary file (bounded by the upload limit) and are unpacked from there: only the pages
 * are kept, each within the page limit. A refused file stays listed in red with its message, in the grid and in
 * the upload's own list, until the user removes it; a file the chosen encoding cannot read stays too, so that
 * another encoding (or detection) can be tried. Import is possible only when every listed file reads.
 */
@Route("import")
@Menu(title = "nav.import", order = 2)
@PermitAll
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> ENCODINGS = List.of("", "UTF-8", "GB18030", "Big5-HKSCS", "UTF-16LE", "UTF-16BE",
            "windows-1252", "ISO-8859-1", "Shift_JIS", "EUC-KR");
    static final int PREVIEW_LINES = 8;

    /** One row of the check list: a page as read with the chosen encoding, or a file (or page) refused. */
    public record Row(String upload, String name, Integer pageNumber, String encoding, List<String> firstLines, String error,
                      PageFile page) {
        public boolean refused() {
            return error != null;
        }
    }

    /** An upload as received: its pages, or why it was refused. */
    record Received(String name, List<PageFile> pages, String error) {
    }

    private final transient ImportService importer;
    private final transient IssueService issues;
    private final long maxUploadBytes;
    public final RadioButtonGroup<String> target = new RadioButtonGroup<>();
    final Select<IssueSummary> existing = new Select<>();
    public final TextField title = new TextField();
    public final DatePicker date = new DatePicker();
    final TextField edition = new TextField();
    public final Select<String> encoding = new Select<>();
    public final Upload upload;
    public final Grid<Row> previews = new Grid<>();
    public final Button importButton = new Button();
    private final Map<String, Received> received = new LinkedHashMap<>();

    public ImportView(ImportService importer, IssueService issues,
                      @Value("${galley.import.max-upload-size:200MB}") DataSize maxUpload) {
        this.importer = importer;
        this.issues = issues;
        this.maxUploadBytes = maxUpload.toBytes();
        setMaxWidth("1100px");

        target.setItems("existing", "new");
        target.setItemLabelGenerator(t -> getTranslation("import.target." + t));
        target.setValue("existing");
        existing.setLabel(getTranslation("import.issue"));
        existing.setItems(issues.list());
        existing.setItemLabelGenerator(i -> i.displayTitle() + " · " + i.date());
        title.setLabel(getTranslation("issues.title"));
        date.setLabel(getTranslation("issues.date"));
        date.setLocale(getLocale());
        edition.setLabel(getTranslation("import.edition"));
        HorizontalLayout newIssue = new HorizontalLayout(title, date, edition);
        newIssue.setVisible(false);
        target.addValueChangeListener(e -> {
            existing.setVisible("existing".equals(e.getValue()));
            newIssue.setVisible("new".equals(e.getValue()));
        });

        // Streamed to a temporary file in the request thread; unpacked and shown under the UI lock.
        upload = new Upload((UploadHandler) event -> {
            String name = event.getFileName();
            Spooled spooled = spool(name, event.getInputStream());
            event.getUI().access(() -> accept(name, spooled));
        });
        upload.setId("upload");
        upload.setI18n(uploadI18n(this::getTranslation));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUploadBytes));
        upload.addFileRejectedListener(e -> refuse(e.getFileName(),
                getTranslation("import.error.tooLarge", e.getFileName(), humanSize(maxUploadBytes))));

        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(ENCODINGS);
        encoding.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("import.encodingAuto") : c);
        encoding.setValue("");
        encoding.addValueChangeListener(e -> refreshPreviews());

        previews.setId("previews");
        previews.addComponentColumn(this::status).setHeader(getTranslation("import.status")).setAutoWidth(true).setFlexGrow(0);
        previews.addColumn(Row::name).setHeader(getTranslation("import.file")).setAutoWidth(true);
        previews.addColumn(r -> r.refused() ? "" : r.pageNumber() == null ? getTranslation("import.nextPage") : String.valueOf(r.pageNumber()))
                .setHeader(getTranslation("issue.page")).setAutoWidth(true);
        previews.addColumn(r -> r.refused() ? "" : r.encoding()).setHeader(getTranslation("import.encoding")).setAutoWidth(true);
        previews.addComponentColumn(this::firstLines).setHeader(getTranslation("import.firstLines")).setFlexGrow(3);
        previews.addComponentColumn(r -> {
            Button remove = new Button(getTranslation("import.remove"), e -> remove(r.upload()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        previews.setClassNameGenerator(r -> r.refused() ? "galley-import-refused" : null);
        previews.setAllRowsVisible(true);

        importButton.setText(getTranslation("import.confirm"));
        importButton.setId("import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> confirm());
        Button clear = new Button(getTranslation("import.clear"), e -> {
            received.clear();
            upload.clearFileList();
            refreshPreviews();
        });
        add(new H2(getTranslation("import.heading")), new Paragraph(getTranslation("import.help")),
                new Paragraph(getTranslation("import.helpLayout")), target, existing, newIssue,
                upload, encoding, previews, new HorizontalLayout(importButton, clear));
        refreshPreviews();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.heading") + " · Galley";
    }

    /** A file arrived: spool it and read it now, so a bad file is named at once and never reaches the import. */
    public void received(String name, InputStream in) {
        accept(name, spool(name, in));
    }

    /** The pages ready for "Import": those that read with the chosen encoding, in the order they arrived. */
    public List<PageFile> pending() {
        return rows.stream().filter(r -> !r.refused()).map(Row::page).toList();
    }

    /** The rows of the check list as shown. */
    public List<Row> rows() {
        return rows;
    }

    private List<Row> rows = List.of();

    /** The upload's own texts (its button, drop hint, errors, progress) in the user's language, not Vaadin's English. */
    static UploadI18N uploadI18n(java.util.function.Function<String, String> t) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("upload.dropFile")).setMany(t.apply("upload.dropFiles")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("upload.addFile")).setMany(t.apply("upload.addFiles")))
                .setError(new UploadI18N.Error().setTooManyFiles(t.apply("upload.error.tooManyFiles"))
                        .setFileIsTooBig(t.apply("upload.error.tooBig")).setIncorrectFileType(t.apply("upload.error.fileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.apply("upload.status.connecting"))
                                .setStalled(t.apply("upload.status.stalled")).setProcessing(t.apply("upload.status.processing"))
                                .setHeld(t.apply("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t.apply("upload.remaining"))
                                .setUnknown(t.apply("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t.apply("upload.error.server"))
                                .setUnexpectedServerError(t.apply("upload.error.server")).setForbidden(t.apply("upload.error.forbidden"))))
                .setFile(new UploadI18N.File().setRetry(t.apply("upload.retry")).setStart(t.apply("upload.start"))
                        .setRemove(t.apply("upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    /** An upload on disk, or the message that refused it while it streamed in. */
    record Spooled(Path file, UserFacingException refused) {
    }

    /**
     * Copies the upload to a temporary file, stopping at the upload limit: a bigger file is refused by name
     * without being read further, and nothing of it stays on disk.
     */
    Spooled spool(String name, InputStream in) {
        Path file = null;
        try (in) {
            file = Files.createTempFile("galley-upload-", ".part");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > maxUploadBytes) {
                        throw UserFacingException.tooLarge("import.error.tooLarge", name, humanSize(maxUploadBytes));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new Spooled(file, null);
        } catch (UserFacingException e) {
            deleteQuietly(file);
            return new Spooled(null, e);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
    }

    private void accept(String name, Spooled spooled) {
        if (spooled.refused() != null) {
            refuse(name, message(spooled.refused()));
            return;
        }
        try {
            received.put(name, new Received(name, importer.unpack(name, spooled.file()), null));
        } catch (UserFacingException e) {
            received.put(name, new Received(name, List.of(), message(e)));
        } finally {
            deleteQuietly(spooled.file());
        }
        refreshPreviews();
    }

    private void refuse(String name, String message) {
        received.put(name, new Received(name, List.of(), message));
        refreshPreviews();
    }

    private void remove(String name) {
        received.remove(name);
        upload.getElement().executeJs("this.files = this.files.filter(f => f.name !== $0)", name);
        refreshPreviews();
    }

    /** Reads every page again with the chosen encoding: a page it cannot read is marked, never dropped. */
    private void refreshPreviews() {
        List<Row> list = new ArrayList<>();
        for (Received r : received.values()) {
            if (r.error() != null) {
                list.add(new Row(r.name(), r.name(), null, null, List.of(), r.error(), null));
                continue;
            }
            for (PageFile page : r.pages()) {
                try {
                    for (ImportService.Preview p : importer.preview(page, selectedEncoding())) {
                        list.add(new Row(r.name(), p.name(), p.pageNumber(), p.encoding(),
                                p.firstLines().stream().limit(PREVIEW_LINES).toList(), null, page));
                    }
                } catch (UserFacingException e) {
                    list.add(new Row(r.name(), page.name(), null, null, List.of(), message(e), page));
                }
            }
        }
        rows = List.copyOf(list);
        previews.setItems(rows);
        markRefusedInUploadList();
        importButton.setEnabled(!rows.isEmpty() && rows.stream().noneMatch(Row::refused));
    }

    /** The upload's own list shows a finished file with a green tick; a refused one gets our message in red instead. */
    private void markRefusedInUploadList() {
        Map<String, String> refused = new LinkedHashMap<>();
        rows.stream().filter(Row::refused).forEach(r -> refused.putIfAbsent(r.upload(), r.error()));
        upload.getElement().executeJs("""
                const refused = $0;
                if (!this.files) { return; }
                this.files.forEach(f => {
                  if (refused[f.name]) { f.error = refused[f.name]; f.complete = false; }
                  else if (f.error && f.progress === 100) { f.error = ''; f.complete = true; }
                });
                this.files = [...this.files];""", toJson(refused));
    }

    private static elemental.json.JsonObject toJson(Map<String, String> map) {
        elemental.json.JsonObject json = elemental.json.Json.createObject();
        map.forEach(json::put);
        return json;
    }

    private Component status(Row r) {
        Span span = new Span(r.refused() ? "✗ " + r.error() : "✓");
        span.addClassName(r.refused() ? "galley-import-error" : "galley-import-ok");
        span.getElement().setAttribute("title", r.refused() ? r.error() : getTranslation("import.readOk"));
        return span;
    }

    private Component firstLines(Row r) {
        Div lines = new Div();
        lines.addClassName("galley-import-lines");
        r.firstLines().forEach(line -> lines.add(new Div(line)));
        return lines;
    }

    public void confirm() {
        List<PageFile> files = pending();
        if (rows.stream().anyMatch(Row::refused)) {
            error(getTranslation("import.error.refusedListed"));
            return;
        }
        try {
            ImportResult result;
            if ("new".equals(target.getValue())) {
                result = importer.importIssue(new NewIssue(title.getValue(), date.getValue(), edition.getValue(), null, null),
                        files, selectedEncoding());
            } else {
                if (existing.getValue() == null) {
                    error(getTranslation("import.chooseIssue"));
                    return;
                }
                result = importer.importPages(existing.getValue().id(), files, selectedEncoding());
            }
            Notification.show(getTranslation("import.done", result.pages(), result.articles())
                    + (result.removedCharacters() > 0 ? " " + getTranslation("import.removedCharacters", result.removedCharacters()) : ""))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            received.clear();
            getUI().ifPresent(ui -> ui.navigate("issues/" + result.issueId()));
        } catch (UserFacingException e) {
            error(message(e) + " " + getTranslation("error.nothingChanged"));
        }
    }

    private String message(UserFacingException e) {
        return getTranslation(e.key(), e.args());
    }

    private String selectedEncoding() {
        return encoding.getValue() == null || encoding.getValue().isEmpty() ? null : encoding.getValue();
    }

    private static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file the system cleans up anyway.
            }
        }
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
