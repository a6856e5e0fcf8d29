package org.galley.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.function.BiFunction;
import org.galley.article.Article;
import org.galley.article.ArticleState;

/**
 * The note an editor gave with a rejection (or an exclusion), where the people who must act on it look: the
 * card, the article editor, the history and the article list. It disappears when the article is
 * resubmitted, because the workflow clears it.
 */
final class StateNote {

    private StateNote() {
    }

    /** The note, when the article's state carries one. */
    static Optional<String> of(Article a) {
        boolean noted = a.state() == ArticleState.REJECTED || a.state() == ArticleState.EXCLUDED;
        return noted && a.stateNote() != null && !a.stateNote().isBlank() ? Optional.of(a.stateNote()) : Optional.empty();
    }

    /** A banner ("Sent back: …") for the article, if it has a note. */
    static Optional<Component> banner(Article a) {
        return of(a).map(note -> {
            Div banner = new Div();
            banner.setText(banner.getTranslation("stateNote." + a.state().name(), note));
            banner.addClassName("galley-state-note");
            banner.getElement().setAttribute("data-state-note", a.state().name());
            banner.getElement().setAttribute("role", "status");
            return banner;
        });
    }

    /** Adds the banner to {@code container} if the article has a note: a one-line hook for cards and dialogs. */
    static void addTo(HasComponents container, Article a) {
        banner(a).ifPresent(container::add);
    }

    /** The state's name, followed by the note if there is one: for lists. */
    static String label(Article a, BiFunction<String, Object[], String> translate) {
        String state = translate.apply("state." + a.state().name(), new Object[0]);
        return of(a).map(note -> translate.apply("issue.stateWithNote", new Object[] {state, note})).orElse(state);
    }
}
