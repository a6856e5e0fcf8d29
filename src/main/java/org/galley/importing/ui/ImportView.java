package org.galley.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MultiFileMemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * its own progress bar), check how each was read (encoding, first lines, page number), change the encoding if
 * the text looks wrong, then import. Nothing is stored before "Import", and then all of it or nothing.
 */
@Route("import")
@PermitAll
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> ENCODINGS = List.of("", "UTF-8", "GB18030", "Big5-HKSCS", "UTF-16LE", "UTF-16BE",
            "windows-1252", "ISO-8859-1", "Shift_JIS", "EUC-KR");

    private final transient ImportService importer;
    private final transient IssueService issues;
    public final RadioButtonGroup<String> target = new RadioButtonGroup<>();
    final Select<IssueSummary> existing = new Select<>();
    public final TextField title = new TextField();
    public final DatePicker date = new DatePicker();
    final TextField edition = new TextField();
    public final Select<String> encoding = new Select<>();
    final Upload upload;
    public final Grid<ImportService.Preview> previews = new Grid<>();
    public final Button importButton = new Button();
    public final Map<String, PageFile> pending = new LinkedHashMap<>();

    public ImportView(ImportService importer, IssueService issues,
                      @Value("${galley.import.max-upload-size:200MB}") DataSize maxUpload) {
        this.importer = importer;
        this.issues = issues;
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

        MultiFileMemoryBuffer buffer = new MultiFileMemoryBuffer();
        upload = new Upload(buffer);
        upload.setId("upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUpload.toBytes()));
        upload.addSucceededListener(e -> received(e.getFileName(), buffer.getInputStream(e.getFileName())));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));

        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(ENCODINGS);
        encoding.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("import.encodingAuto") : c);
        encoding.setValue("");
        encoding.addValueChangeListener(e -> refreshPreviews());

        previews.setId("previews");
        previews.addColumn(ImportService.Preview::name).setHeader(getTranslation("import.file")).setAutoWidth(true);
        previews.addColumn(p -> p.pageNumber() == null ? getTranslation("import.nextPage") : String.valueOf(p.pageNumber()))
                .setHeader(getTranslation("issue.page")).setAutoWidth(true);
        previews.addColumn(ImportService.Preview::encoding).setHeader(getTranslation("import.encoding")).setAutoWidth(true);
        previews.addColumn(p -> String.join(" ⏎ ", p.firstLines())).setHeader(getTranslation("import.firstLines")).setFlexGrow(3);
        previews.setAllRowsVisible(true);

        importButton.setText(getTranslation("import.confirm"));
        importButton.setId("import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> confirm());
        Button clear = new Button(getTranslation("import.clear"), e -> {
            pending.clear();
            upload.clearFileList();
            refreshPreviews();
        });
        add(new H2(getTranslation("import.heading")), new Paragraph(getTranslation("import.help")), target, existing, newIssue,
                upload, encoding, previews, new HorizontalLayout(importButton, clear));
        refreshPreviews();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.heading") + " · Galley";
    }

    /** A file arrived: read it now, so a bad file is named at once and never reaches the import. */
    public void received(String name, InputStream in) {
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PageFile file = new PageFile(name, bytes);
        try {
            importer.preview(file, selectedEncoding());
            pending.put(name, file);
        } catch (UserFacingException e) {
            error(getTranslation(e.key(), e.args()));
        }
        refreshPreviews();
    }

    private void refreshPreviews() {
        List<ImportService.Preview> rows = new ArrayList<>();
        for (PageFile f : new ArrayList<>(pending.values())) {
            try {
                rows.addAll(importer.preview(f, selectedEncoding()));
            } catch (UserFacingException e) {
                error(getTranslation(e.key(), e.args()));
                pending.remove(f.name());
            }
        }
        previews.setItems(rows);
        importButton.setEnabled(!pending.isEmpty());
    }

    public void confirm() {
        try {
            ImportResult result;
            List<PageFile> files = new ArrayList<>(pending.values());
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
            pending.clear();
            getUI().ifPresent(ui -> ui.navigate("issues/" + result.issueId()));
        } catch (UserFacingException e) {
            error(getTranslation(e.key(), e.args()) + " " + getTranslation("error.nothingChanged"));
        }
    }

    private String selectedEncoding() {
        return encoding.getValue() == null || encoding.getValue().isEmpty() ? null : encoding.getValue();
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
