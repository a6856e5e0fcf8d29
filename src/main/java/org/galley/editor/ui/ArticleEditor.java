package org.galley.editor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.article.EditConflictException;
import org.galley.common.UserFacingException;
import org.galley.article.Byline;
import org.galley.article.LineRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edits one article: titles, dateline, people, paragraphs (a blank line separates them), caption, kind,
 * continued flag and a note for the revision, with a live preview and the article's raw lines beside it.
 * Ctrl+S saves. A failed save never throws the text away: on a conflict both versions are shown to choose
 * from or merge; on any other failure the editor stays open with the text as typed.
 */
public class ArticleEditor extends Dialog {

    static final List<String> KINDS = List.of("news", "brief", "photo", "advert", "notice", "furniture");
    private static final Logger log = LoggerFactory.getLogger(ArticleEditor.class);

    public final TextField kicker = new TextField();
    public final TextField headline = new TextField();
    public final TextField subheadline = new TextField();
    public final TextField dateline = new TextField();
    public final MultiSelectComboBox<String> reporters = people();
    final MultiSelectComboBox<String> correspondents = people();
    final MultiSelectComboBox<String> photographers = people();
    public final TextArea paragraphs = new TextArea();
    public final TextArea caption = new TextArea();
    final Select<String> kind = new Select<>();
    final Checkbox continued = new Checkbox();
    final TextField note = new TextField();
    final Div preview = new Div();
    final Span status = new Span();
    final Button save = new Button();

    private final transient ArticleService articles;
    private final transient Consumer<Article> onSaved;
    private final long articleId;
    private int baseRevision;
    /** The form's content right after loading, to tell a save with no change. */
    private ArticleContent loaded;
    private final List<String> rawLines;
    private List<org.galley.article.Paragraph> loadedBody = List.of();

    public ArticleEditor(ArticleService articles, Article article, List<String> rawLines, Consumer<Article> onSaved) {
        this.articles = articles;
        this.onSaved = onSaved;
        this.articleId = article.id();
        this.rawLines = rawLines;
        setHeaderTitle(getTranslation("editor.editArticle"));
        setWidth("min(1300px, 98vw)");
        setHeight("92vh");
        setCloseOnOutsideClick(false);
        addClassName("galley-article-editor");

        kicker.setLabel(getTranslation("field.kicker"));
        headline.setLabel(getTranslation("field.headline"));
        subheadline.setLabel(getTranslation("field.subheadline"));
        dateline.setLabel(getTranslation("field.dateline"));
        reporters.setLabel(getTranslation("field.reporters"));
        correspondents.setLabel(getTranslation("field.correspondents"));
        photographers.setLabel(getTranslation("field.photographers"));
        paragraphs.setLabel(getTranslation("field.paragraphs"));
        paragraphs.setHelperText(getTranslation("editor.paragraphsHelp"));
        paragraphs.setId("paragraphs");
        paragraphs.setMinHeight("14em");
        caption.setLabel(getTranslation("field.caption"));
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k));
        continued.setLabel(getTranslation("field.continued"));
        note.setLabel(getTranslation("editor.note"));
        note.setId("revision-note");
        headline.setId("headline");

        FormLayout form = new FormLayout(kind, continued, kicker, headline, subheadline, dateline, reporters, correspondents,
                photographers, caption, paragraphs, note);
        form.setColspan(paragraphs, 2);
        form.setColspan(headline, 2);
        form.setColspan(note, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));

        preview.addClassName("galley-preview");
        Pre raw = new Pre(rawText(article.content().lines()));
        raw.addClassName("galley-raw-snippet");
        VerticalLayout side = new VerticalLayout(new H3(getTranslation("editor.preview")), preview,
                new H3(getTranslation("editor.rawLines")), raw);
        side.setPadding(false);
        side.setWidth("40%");
        form.setWidth("60%");
        HorizontalLayout body = new HorizontalLayout(form, side);
        body.setWidthFull();
        StateNote.addTo(this, article);
        add(body);

        save.setText(getTranslation("editor.save"));
        save.setId("save-article");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        status.setId("save-status");
        getFooter().add(status, cancel, save);
        // Ctrl+S saves here instead of opening the browser's "save page" dialog; blurring the field being typed in
        // first makes the browser send its latest text before the save runs.
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL).listenOn(this)
                .resetFocusOnActiveElement();

        load(article.content(), article.revision());
        // Eager: every keystroke reaches the server in order, so the preview is live and Ctrl+S always saves
        // exactly what is on screen (a debounced field could still hold back the last few characters).
        for (var field : List.of(kicker, headline, subheadline, dateline)) {
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            field.addValueChangeListener(e -> renderPreview());
        }
        for (var area : List.of(paragraphs, caption)) {
            area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            area.addValueChangeListener(e -> renderPreview());
        }
        note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
    }

    /**
     * Puts a merge of the user's text and a colleague's revision in the form, based on that revision. Unlike
     * {@link #load}, the form then differs from what is stored, so saving it writes a revision.
     */
    void loadMerged(ArticleContent merged, int revision) {
        load(merged, revision);
        loaded = null;
    }

    void load(ArticleContent c, int revision) {
        baseRevision = revision;
        loadedBody = c.body();
        kicker.setValue(nz(c.kicker()));
        headline.setValue(nz(c.headline()));
        subheadline.setValue(nz(c.subheadline()));
        dateline.setValue(nz(c.dateline()));
        setPeople(reporters, c.byline().reporters());
        setPeople(correspondents, c.byline().correspondents());
        setPeople(photographers, c.byline().photographers());
        paragraphs.setValue(String.join("\n\n", c.paragraphs()));
        caption.setValue(nz(c.caption()));
        kind.setValue(KINDS.contains(c.kind()) ? c.kind() : "news");
        continued.setValue(c.continued());
        status.setText(getTranslation("editor.basedOn", revision));
        loaded = content();
        renderPreview();
    }

    /** What the form holds now, as article content. */
    ArticleContent content() {
        List<String> paras = Arrays.stream(paragraphs.getValue().split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        return new ArticleContent(kind.getValue(), blank(kicker.getValue()), blank(headline.getValue()), blank(subheadline.getValue()),
                new Byline(new ArrayList<>(reporters.getSelectedItems()), new ArrayList<>(correspondents.getSelectedItems()),
                        new ArrayList<>(photographers.getSelectedItems())),
                blank(dateline.getValue()), paras.stream().map(this::withLoadedRole).toList(), blank(caption.getValue()),
                continued.getValue(), List.of());
    }

    /** A paragraph keeps the role it was loaded with (crosshead, ...) while its text is unchanged. */
    private org.galley.article.Paragraph withLoadedRole(String text) {
        return loadedBody.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElse(org.galley.article.Paragraph.body(text));
    }

    /** Whether the form holds text not saved yet (the same test as a save with no change). */
    public boolean hasUnsavedChanges() {
        return !content().equals(loaded);
    }

    int baseRevision() {
        return baseRevision;
    }

    void save() {
        ArticleContent mine = content();
        if (mine.equals(loaded)) {
            // Nothing to store: no new revision, and no "Saved as revision n" for a revision that was not made.
            Notification.show(getTranslation("editor.noChanges"));
            close();
            return;
        }
        long started = System.nanoTime();
        try {
            Article saved = articles.save(articleId, baseRevision, mine, blank(note.getValue()));
            log.debug("Saved article {} in {} ms", articleId, (System.nanoTime() - started) / 1_000_000);
            Notification.show(getTranslation("editor.saved", saved.revision())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.accept(saved);
        } catch (EditConflictException conflict) {
            ConflictDialog.handle(conflict, this);
        } catch (UserFacingException refused) {
            status.setText(getTranslation(refused.key(), refused.args()) + " " + getTranslation("editor.textKept"));
            Notification.show(getTranslation(refused.key(), refused.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (org.springframework.security.access.AccessDeniedException denied) {
            Notification.show(getTranslation("error.forbidden")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (RuntimeException failure) {
            // Database down, connection lost: the text stays in the form, the user can try again.
            log.error("Saving article {} failed", articleId, failure);
            status.setText(getTranslation("editor.saveFailed"));
            Notification.show(getTranslation("editor.saveFailed")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** After a conflict: keep my text but build on their revision, so the next save is not a conflict again. */
    void rebase(int theirRevision) {
        baseRevision = theirRevision;
        status.setText(getTranslation("editor.basedOn", theirRevision));
    }

    private void renderPreview() {
        preview.removeAll();
        ArticleContent c = content();
        if (c.kicker() != null) {
            preview.add(cls(new Paragraph(c.kicker()), "kicker"));
        }
        preview.add(new H3(c.title()));
        if (c.subheadline() != null) {
            preview.add(cls(new Paragraph(c.subheadline()), "subheadline"));
        }
        List<String> names = new ArrayList<>(c.byline().reporters());
        names.addAll(c.byline().correspondents());
        names.addAll(c.byline().photographers());
        if (!names.isEmpty()) {
            preview.add(cls(new Paragraph(String.join(" ", names)), "byline"));
        }
        boolean first = true;
        for (String p : c.paragraphs()) {
            preview.add(new Paragraph((first && c.dateline() != null ? c.dateline() + " " : "") + p));
            first = false;
        }
        if (c.caption() != null) {
            preview.add(cls(new Paragraph(c.caption()), "caption"));
        }
    }

    private String rawText(List<LineRef> spans) {
        StringBuilder sb = new StringBuilder();
        for (LineRef s : spans) {
            for (int n = Math.max(1, s.first()); n <= Math.min(rawLines.size(), s.last()); n++) {
                sb.append(String.format("%4d  %s%n", n, rawLines.get(n - 1)));
            }
        }
        return sb.toString();
    }

    private static <T extends com.vaadin.flow.component.HasStyle> T cls(T c, String name) {
        c.addClassName(name);
        return c;
    }

    private static MultiSelectComboBox<String> people() {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>();
        box.setAllowCustomValue(true);
        box.setItems(new ArrayList<>());
        box.addCustomValueSetListener(e -> {
            String name = e.getDetail().strip();
            if (!name.isEmpty()) {
                LinkedHashSet<String> items = new LinkedHashSet<>(box.getSelectedItems());
                items.add(name);
                box.setItems(new ArrayList<>(items));
                box.select(name);
                box.setValue(items);
            }
        });
        return box;
    }

    private static void setPeople(MultiSelectComboBox<String> box, List<String> names) {
        box.setItems(new ArrayList<>(names));
        box.setValue(new LinkedHashSet<>(names));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
