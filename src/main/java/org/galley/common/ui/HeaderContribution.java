package org.galley.common.ui;

import com.vaadin.flow.component.Component;

/**
 * A part a feature adds to the app's header (a search box, say). Declare it as a Spring bean in the feature;
 * the shell asks every bean for a fresh component per UI, ordered by {@code @Order}, without importing the
 * feature.
 */
@FunctionalInterface
public interface HeaderContribution {

    /** A new component for one UI: called once per layout instance, so never share components. */
    Component create();
}
