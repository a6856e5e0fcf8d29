package org.galley.security;

/**
 * Staff roles, each including the rights of the next: an admin can do all an editor can, an editor all a
 * corrector can. One role per user keeps "what may this person do" answerable at a glance.
 */
public enum Role {
    ADMIN, EDITOR, CORRECTOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
