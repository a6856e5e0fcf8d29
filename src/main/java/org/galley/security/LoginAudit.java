package org.galley.security;

import org.galley.common.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Puts every log-in to the editor in the audit trail. (API calls authenticate on each request; recording
 * those would bury the trail, so only interactive log-ins count. Failures are recorded by the provider.)
 */
@Component
class LoginAudit {

    private final AuditTrail audit;

    LoginAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        Object details = event.getAuthentication().getDetails();
        String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        audit.recordAs(event.getAuthentication().getName(), "login", address, null);
    }
}
