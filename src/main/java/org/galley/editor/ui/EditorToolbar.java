package org.galley.editor.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.EnumMap;
import java.util.Map;
import org.galley.security.Role;

/**
 * The toolbar, built from {@link EditorOperation#TABLE} for the user's role: the article's own operations as
 * buttons, the rest in one menu per group, each entry showing its shortcut. A menu bar moves what does not fit
 * into an overflow menu, so the bar stays one row (at 1280×720 it used to take four).
 */
final class EditorToolbar {

    private EditorToolbar() {
    }

    static MenuBar build(PageEditorView view, Role role) {
        MenuBar bar = new MenuBar();
        bar.setId("toolbar");
        bar.addClassName("galley-toolbar");
        bar.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        Map<EditorOperation.Group, SubMenu> menus = new EnumMap<>(EditorOperation.Group.class);
        for (EditorOperation op : EditorOperation.visibleTo(role)) {
            String label = view.getTranslation(op.labelKey());
            MenuItem item;
            if (op.group() == EditorOperation.Group.ARTICLE) {
                item = bar.addItem(label, e -> op.handler().accept(view.actions));
                bar.setTooltipText(item, label + " (" + op.shortcut() + ")");
            } else {
                SubMenu menu = menus.computeIfAbsent(op.group(), g -> {
                    MenuItem top = bar.addItem(view.getTranslation("editor.group." + g.name().toLowerCase()));
                    top.setId("group-" + g.name().toLowerCase());
                    view.toolbarGroups.put(g, top);
                    return top.getSubMenu();
                });
                Span text = new Span(label);
                Span keys = new Span(op.shortcut());
                keys.addClassName("galley-shortcut");
                item = menu.addItem(new Span(text, keys), e -> op.handler().accept(view.actions));
                item.addClassName("galley-op");
            }
            item.setId("op-" + op.id());
        }
        MenuItem help = bar.addItem("?", e -> view.openHelp());
        help.setId("help");
        bar.setTooltipText(help, view.getTranslation("editor.help.title") + " (?)");
        return bar;
    }
}
