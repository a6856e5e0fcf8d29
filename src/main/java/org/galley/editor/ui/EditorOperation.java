package org.galley.editor.ui;

import static org.galley.security.Role.CORRECTOR;
import static org.galley.security.Role.EDITOR;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.galley.security.Role;

/**
 * One operation of the page editor. {@link #TABLE} is the only place operations are declared: the toolbar,
 * the Alt+Shift shortcuts, the help dialog and what each role sees are all derived from it, so they cannot
 * drift apart. The services check rights again; hiding is for the user, not for security.
 *
 * @param id          stable id: the toolbar item's DOM id is {@code op-<id>}
 * @param labelKey    translation key of the label
 * @param key         the letter pressed with Alt+Shift (upper case), or a non-letter key pressed alone
 * @param minimumRole the least role that sees and may use it
 * @param group       where it sits in the toolbar
 * @param handler     what it does on the view
 */
record EditorOperation(String id, String labelKey, char key, Role minimumRole, Group group, Consumer<EditorActions> handler) {

    /** Toolbar groups: ARTICLE items are direct buttons, the others are menus, so the bar fits on one row. */
    enum Group { ARTICLE, STRUCTURE, LINES, WORKFLOW, IMAGE }

    static final List<EditorOperation> TABLE = List.of(
            op("edit", 'E', CORRECTOR, Group.ARTICLE, EditorActions::edit),
            op("history", 'H', CORRECTOR, Group.ARTICLE, EditorActions::history),
            op("split", 'S', CORRECTOR, Group.STRUCTURE, EditorActions::split),
            op("mergePrevious", 'P', CORRECTOR, Group.STRUCTURE, v -> v.merge(-1)),
            op("mergeNext", 'N', CORRECTOR, Group.STRUCTURE, v -> v.merge(1)),
            op("move", 'V', CORRECTOR, Group.STRUCTURE, EditorActions::move),
            op("paragraphRole", 'R', CORRECTOR, Group.STRUCTURE, EditorActions::paragraphRole),
            op("up", 'U', CORRECTOR, Group.STRUCTURE, v -> v.reorder(-1)),
            op("down", 'J', CORRECTOR, Group.STRUCTURE, v -> v.reorder(1)),
            // h12a: continued articles (parts on other pages)
            op("link", 'L', CORRECTOR, Group.STRUCTURE, EditorActions::link),
            op("unlink", 'K', CORRECTOR, Group.STRUCTURE, EditorActions::unlink),
            op("jumps", 'W', CORRECTOR, Group.STRUCTURE, EditorActions::jumps),
            op("assignLeftover", 'A', CORRECTOR, Group.LINES, EditorActions::assignLeftover),
            op("newFromLines", 'C', CORRECTOR, Group.LINES, v -> v.fromLines("news")),
            op("markFurniture", 'F', CORRECTOR, Group.LINES, v -> v.fromLines("furniture")),
            op("submit", 'D', CORRECTOR, Group.WORKFLOW, EditorActions::submit),
            op("approve", 'O', EDITOR, Group.WORKFLOW, EditorActions::approve),
            op("reject", 'X', EDITOR, Group.WORKFLOW, EditorActions::reject),
            op("exclude", 'Z', EDITOR, Group.WORKFLOW, EditorActions::exclude),
            // --- h12b: an issue as the unit of work ---
            op("donePage", 'G', CORRECTOR, Group.WORKFLOW, EditorActions::doneWithPage),
            // h12c: approve the page's articles in one step (org.galley.workflow.ui.BulkApproveDialog).
            op("approvePage", 'B', EDITOR, Group.WORKFLOW, EditorActions::approvePage),
            // --- h14b: the scan beside the text; keys that are not letters are pressed alone ---
            op("zoomIn", '+', CORRECTOR, Group.IMAGE, v -> v.zoom(1)),
            op("zoomOut", '-', CORRECTOR, Group.IMAGE, v -> v.zoom(-1)));

    private static EditorOperation op(String id, char key, Role minimumRole, Group group, Consumer<EditorActions> handler) {
        return new EditorOperation(id, "editor.op." + id, key, minimumRole, group, handler);
    }

    /** Roles are ordered ADMIN, EDITOR, CORRECTOR: each includes the rights of the ones after it. */
    boolean allowedFor(Role role) {
        return role.ordinal() <= minimumRole.ordinal();
    }

    /** Letters come with Alt+Shift (typing must stay free); other keys (the scan's + and -) are pressed alone. */
    String shortcut() {
        return Character.isLetter(key) ? "Alt+Shift+" + key : String.valueOf(key);
    }

    /** The operations a user with this role sees, in table order. */
    static List<EditorOperation> visibleTo(Role role) {
        return TABLE.stream().filter(o -> o.allowedFor(role)).toList();
    }

    /** The operation a letter (any case) triggers for this role, if any. */
    static Optional<EditorOperation> forKey(char letter, Role role) {
        char k = Character.toUpperCase(letter);
        return visibleTo(role).stream().filter(o -> o.key() == k).findFirst();
    }
}
