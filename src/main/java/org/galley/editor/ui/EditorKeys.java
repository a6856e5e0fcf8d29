package org.galley.editor.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * The page editor's keyboard: Alt+Shift+letter for the operations and "?" for help, as a real keyboard sends
 * them. Flow's {@code Shortcuts} compare {@code event.key} with one exact string and require every modifier not
 * named to be up, so Alt+Shift+S (which arrives as key "S") and "?" (which always comes with Shift) never
 * matched. One keydown listener here reads the letter case-insensitively from {@code key}, falls back to the
 * physical key ({@code code}) where Alt turns the letter into another character (macOS: Option+Shift+S is
 * "Í"), and tells the server which letter was pressed; the server looks it up in {@link EditorOperation#TABLE}.
 */
final class EditorKeys {

    static final String EVENT = "galley-shortcut";

    private static final String LISTENER = """
            const view = this;
            const letters = $0;
            if (view.__galleyKeys) { document.removeEventListener('keydown', view.__galleyKeys, true); }
            const handler = event => {
              if (!view.isConnected) { document.removeEventListener('keydown', handler, true); return; }
              // An open dialog owns the keyboard (and the view behind it is inert on the server anyway).
              if (document.querySelector('vaadin-dialog-overlay[opened]')) { return; }
              let pressed = null;
              if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
                const letter = /^[a-z]$/i.test(event.key) ? event.key.toUpperCase()
                    : (/^Key[A-Z]$/.test(event.code) ? event.code.substring(3) : null);
                if (letter && letters.indexOf(letter) >= 0) { pressed = letter; }
              } else if ((event.key === '?' || (!/^[a-z]$/i.test(event.key) && event.key.length === 1
                  && letters.indexOf(event.key) >= 0)) && !event.altKey && !event.ctrlKey && !event.metaKey) {
                // "?" and the table's non-letter keys (the scan's + and -) are pressed alone, so never while typing.
                const target = event.composedPath()[0];
                if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) { return; }
                pressed = event.key;
              }
              if (pressed) {
                event.preventDefault();
                view.dispatchEvent(new CustomEvent('galley-shortcut', {detail: pressed}));
              }
            };
            view.__galleyKeys = handler;
            document.addEventListener('keydown', handler, true);
            """;

    private EditorKeys() {
    }

    /**
     * Listens on the whole document while {@code view} is attached; {@code letters} are the operation letters the
     * user's role has. {@code pressed} receives "?" or the upper-case letter.
     */
    static void install(Component view, String letters, Consumer<String> pressed) {
        view.getElement().addEventListener(EVENT, e -> pressed.accept(e.getEventData().getString("event.detail")))
                .addEventData("event.detail");
        view.addAttachListener(e -> view.getElement().executeJs(LISTENER, letters));
    }
}
