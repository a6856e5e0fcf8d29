package org.galley.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.galley.common.ui.HeaderContribution;
import org.galley.search.SearchQuery;
import org.springframework.core.annotation.Order;

/** The search box in the app's header: Enter opens the search view with what was typed. */
@org.springframework.stereotype.Component
@Order(10)
class SearchBox implements HeaderContribution {

    @Override
    public Component create() {
        TextField box = new TextField();
        box.setId("header-search");
        box.setPlaceholder(box.getTranslation("search.box"));
        box.setAriaLabel(box.getTranslation("search.box"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setMaxLength(SearchQuery.MAX_LENGTH);
        box.setClearButtonVisible(true);
        box.addClassName("galley-header-search");
        box.addKeyPressListener(Key.ENTER, e -> {
            if (!box.getValue().isBlank()) {
                UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", box.getValue())));
                box.clear();
            }
        });
        return box;
    }
}
