package org.galley.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.galley.common.UserFacingException;
import org.galley.editor.ui.PageEditorView;
import org.galley.search.Highlight;
import org.galley.search.SearchQuery;
import org.galley.search.SearchService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Search across every issue: the query and its filters live in the address (so a search can be bookmarked and
 * the header's box simply comes here), results in pages of twenty, each opening its article in the page editor.
 * Article text is only ever set as text, and matches are {@code <mark>} elements made here: nothing an article
 * holds is read as markup.
 */
@Route("search")
@Menu(title = "nav.search", order = 3)
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField query = new TextField();
    final Select<String> title = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<String> state = new Select<>();
    final Select<String> language = new Select<>();
    final Select<SearchQuery.Field> field = new Select<>();
    final Select<SearchService.Order> order = new Select<>();
    final Checkbox hidden = new Checkbox();
    final Div results = new Div();
    final Span message = new Span();
    private final transient SearchService search;
    private int page = 1;

    public SearchView(SearchService search) {
        this.search = search;
        setWidthFull();
        query.setId("search-query");
        query.setLabel(getTranslation("search.query"));
        query.setClearButtonVisible(true);
        query.setMaxLength(SearchQuery.MAX_LENGTH);
        query.setWidth("24em");
        query.addKeyPressListener(Key.ENTER, e -> go(1));
        Button submit = new Button(getTranslation("search.submit"), e -> go(1));
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        title.setLabel(getTranslation("search.title"));
        List<String> titles = new ArrayList<>();
        titles.add("");
        titles.addAll(search.titles());
        title.setItems(titles);
        title.setEmptySelectionAllowed(false);
        title.setItemLabelGenerator(t -> t.isEmpty() ? "—" : t);
        title.setValue("");
        from.setLabel(getTranslation("search.from"));
        to.setLabel(getTranslation("search.to"));
        state.setLabel(getTranslation("search.state"));
        List<String> states = new ArrayList<>();
        states.add("");
        SearchService.STATES.stream().filter(s -> search.isEditor() || !s.equals("EXCLUDED")).forEach(states::add);
        state.setItems(states);
        state.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("search.anyState")
                : s.equals("PUBLISHED") ? getTranslation("search.published") : getTranslation("state." + s));
        state.setValue("");
        language.setLabel(getTranslation("search.language"));
        List<String> languages = new ArrayList<>();
        languages.add("");
        languages.addAll(search.languages());
        language.setItems(languages);
        language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("search.anyLanguage") : l);
        language.setValue("");
        field.setLabel(getTranslation("search.field"));
        field.setItems(SearchQuery.Field.values());
        field.setItemLabelGenerator(f -> getTranslation("search.field." + f.name()));
        field.setValue(SearchQuery.Field.ANYWHERE);
        order.setLabel(getTranslation("search.order"));
        order.setItems(SearchService.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("search.order." + o.name()));
        order.setValue(SearchService.Order.NEWEST);
        hidden.setLabel(getTranslation("search.hidden"));
        hidden.setVisible(search.isEditor());

        HorizontalLayout line = new HorizontalLayout(query, submit);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(title, from, to, state, language, field, order);
        filters.setWrap(true);
        message.setId("search-message");
        results.setId("search-results");
        results.setWidthFull();
        Paragraph help = new Paragraph(getTranslation("search.help"));
        help.addClassName("galley-search-help");
        add(new H2(getTranslation("search.heading")), line, filters, hidden, help, message, results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.heading") + " · Galley";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        query.setValue(one(p, "q").orElse(""));
        one(p, "title").filter(t -> title.getListDataView().contains(t)).ifPresent(title::setValue);
        from.setValue(one(p, "from").flatMap(SearchView::date).orElse(null));
        to.setValue(one(p, "to").flatMap(SearchView::date).orElse(null));
        one(p, "state").map(s -> s.toUpperCase(Locale.ROOT)).filter(s -> state.getListDataView().contains(s)).ifPresent(state::setValue);
        one(p, "language").filter(l -> language.getListDataView().contains(l)).ifPresent(language::setValue);
        one(p, "field").flatMap(f -> choice(SearchQuery.Field.class, f)).ifPresent(field::setValue);
        one(p, "order").flatMap(o -> choice(SearchService.Order.class, o)).ifPresent(order::setValue);
        hidden.setValue(search.isEditor() && one(p, "hidden").map("true"::equals).orElse(false));
        page = one(p, "page").flatMap(SearchView::number).orElse(1);
        if (!query.getValue().isBlank()) {
            run();
        }
    }

    /** Puts the search in the address and runs it (page {@code n}). */
    void go(int n) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", query.getValue());
        put(p, "title", title.getValue());
        put(p, "from", from.getValue() == null ? null : from.getValue().toString());
        put(p, "to", to.getValue() == null ? null : to.getValue().toString());
        put(p, "state", state.getValue());
        put(p, "language", language.getValue());
        if (field.getValue() != SearchQuery.Field.ANYWHERE) {
            p.put("field", field.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (order.getValue() != SearchService.Order.NEWEST) {
            p.put("order", order.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (hidden.getValue()) {
            p.put("hidden", "true");
        }
        if (n > 1) {
            p.put("page", String.valueOf(n));
        }
        getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(p)));
    }

    void run() {
        results.removeAll();
        message.setText("");
        SearchService.Results found;
        try {
            found = search.search(new SearchService.Request(query.getValue(), from.getValue(), to.getValue(), title.getValue(),
                    state.getValue(), language.getValue(), field.getValue(), order.getValue(), hidden.getValue(), page));
        } catch (UserFacingException e) {
            message.setText(getTranslation(e.key(), e.args()));
            return;
        } catch (AccessDeniedException e) {
            message.setText(getTranslation("error.forbidden"));
            return;
        }
        if (found.hits().isEmpty()) {
            message.setText(getTranslation("search.none"));
            return;
        }
        message.setText(getTranslation(found.totalCapped() ? "search.countMore" : "search.count", found.total())
                + (found.page() > 1 ? " · " + getTranslation("search.pageOf", found.page()) : ""));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (SearchService.Hit hit : found.hits()) {
            results.add(result(hit, dates));
        }
        Button previous = new Button(getTranslation("search.previous"), e -> go(page - 1));
        previous.setId("search-previous");
        previous.setEnabled(page > 1);
        Button next = new Button(getTranslation("search.next"), e -> go(page + 1));
        next.setId("search-next");
        next.setEnabled(found.more());
        HorizontalLayout paging = new HorizontalLayout(previous, new Span(getTranslation("search.page", page)), next);
        paging.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        results.add(paging);
    }

    private Component result(SearchService.Hit hit, DateTimeFormatter dates) {
        Div card = new Div();
        card.addClassName("galley-search-hit");
        card.getElement().setAttribute("data-article", String.valueOf(hit.articleId()));
        RouterLink link = new RouterLink(PageEditorView.class, new RouteParameters("pageId", String.valueOf(hit.pageId())));
        link.setQueryParameters(QueryParameters.of("article", String.valueOf(hit.articleId())));
        link.addClassName("galley-search-headline");
        marked(link.getElement(), hit.headline().isEmpty()
                ? List.of(new Highlight.Segment(getTranslation("editor.untitled"), false)) : hit.headline()); // as the editor names it
        Div where = new Div();
        where.addClassName("galley-search-where");
        String stateLabel = getTranslation("state." + hit.state()) + (hit.published() ? " · " + getTranslation("search.published") : "")
                + (hit.merged() ? " · " + getTranslation("search.merged") : "");
        where.setText(hit.newspaper() + " · " + dates.format(hit.issueDate()) + " · "
                + getTranslation("search.issuePage", hit.pageNumber()) + " · " + stateLabel);
        Div snippet = new Div();
        snippet.addClassName("galley-search-snippet");
        marked(snippet.getElement(), hit.snippet());
        card.add(link, where, snippet);
        return card;
    }

    /** Text as text nodes and matches as {@code <mark>} elements: markup in an article stays text. */
    static void marked(Element parent, List<Highlight.Segment> segments) {
        for (Highlight.Segment s : segments) {
            parent.appendChild(s.match() ? new Element("mark").setText(s.text()) : Element.createText(s.text()));
        }
    }

    private static Optional<String> one(Map<String, List<String>> p, String name) {
        return Optional.ofNullable(p.get(name)).filter(l -> !l.isEmpty()).map(l -> l.get(0)).filter(s -> !s.isBlank());
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, value);
        }
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String s) {
        try {
            return Optional.of(Integer.parseInt(s)).filter(n -> n >= 1);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String s) {
        try {
            return Optional.of(Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
