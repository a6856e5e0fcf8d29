package org.galley.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;
import org.galley.article.Article;

/** The small dialogs of the page editor: OK/Cancel around a form, paragraph and article choosers. */
final class EditorDialogs {

    private EditorDialogs() {
    }

    /** A dialog with the form, Cancel and OK; OK closes it and runs {@code onOk}. */
    static Dialog confirm(Component owner, String title, Component content, Runnable onOk) {
        Dialog d = new Dialog();
        d.setHeaderTitle(title);
        d.addClassName("galley-op-dialog");
        // Wide enough for a paragraph to be read whole; it wraps instead of being cut off.
        d.setWidth("min(48em, 92vw)");
        d.add(content);
        Button ok = new Button(owner.getTranslation("common.ok"), e -> {
            d.close();
            onOk.run();
        });
        ok.setId("confirm-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(owner.getTranslation("common.cancel"), e -> d.close());
        cancel.setId("confirm-cancel");
        d.getFooter().add(cancel, ok);
        d.open();
        return d;
    }

    /** One paragraph of the article, from {@code firstIndex} on, each shown in full. */
    static RadioButtonGroup<Integer> paragraphChoice(Article a, int firstIndex) {
        RadioButtonGroup<Integer> g = new RadioButtonGroup<>();
        g.setId("paragraph-choice");
        g.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        g.addClassName("galley-paragraphs");
        List<Integer> indexes = IntStream.range(firstIndex, a.content().paragraphs().size()).boxed().toList();
        g.setItems(indexes);
        g.setItemLabelGenerator(i -> (i + 1) + ". " + a.content().paragraphs().get(i));
        g.setValue(indexes.get(0));
        return g;
    }

    /** Any paragraphs of the article, each shown in full. */
    static CheckboxGroup<Integer> paragraphsChoice(Article a) {
        CheckboxGroup<Integer> g = new CheckboxGroup<>();
        g.setId("paragraphs-choice");
        g.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        g.addClassName("galley-paragraphs");
        g.setItems(IntStream.range(0, a.content().paragraphs().size()).boxed().toList());
        g.setItemLabelGenerator(i -> (i + 1) + ". " + a.content().paragraphs().get(i));
        return g;
    }

    /** The other articles of the page, by title. */
    static Select<Article> articleChoice(Component owner, List<Article> articles, Article except, Article preselected) {
        Select<Article> s = new Select<>();
        s.setId("target-article");
        s.setLabel(owner.getTranslation("editor.target"));
        s.setWidthFull();
        s.setItems(articles.stream().filter(x -> except == null || x.id() != except.id()).toList());
        s.setItemLabelGenerator(x -> x.content().title().isBlank() ? owner.getTranslation("editor.untitled") : x.content().title());
        if (preselected != null) {
            articles.stream().filter(x -> x.id() == preselected.id()).findFirst().ifPresent(s::setValue);
        }
        return s;
    }
}
